  try {
    backlog();
    weeklySla();
    timeToDecision();
    utilization();
    staffing();
    capacity();
    capacityWindows();
    comparison();
    root.setAttribute('data-charts', String(charts));
    root.setAttribute('data-report-state', 'ready');
  } catch (error) {
    root.setAttribute('data-report-state', 'failed');
    throw error;
  }
})();
