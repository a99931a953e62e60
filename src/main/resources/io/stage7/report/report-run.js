  // ------------------------------------------------------------------ backlog over time

  function backlog() {
    var place = container('backlog');
    if (!place || !data.backlog) {
      return;
    }
    var times = data.backlog.times;
    var start = data.start;
    var end = data.end;
    // A long run's backlog comes as the peak of each interval of several time steps.
    var interval = data.backlog.interval;
    data.regions.forEach(function (region, index) {
      var values = data.backlog.series[region];
      var max = Math.max.apply(null, values.concat([1]));
      var peakText = String(Number(max.toFixed(1)));
      var yTicks = ticks(0, max, 4);
      var chart = frame(place, 'backlog', (interval ? 'Peak backlog — ' : 'Backlog — ') + region,
        (interval ? 'Peak number waiting in ' + region + ' in each interval of ' + interval : 'Submissions waiting in ' + region + ' at each time step')
        + ' from ' + day(start) + ' to ' + day(end)
        + ', peak ' + peakText + '; period-end windows shaded.', 230, { top: 22, right: 16, bottom: 44, left: 64 });
      var x = scale(start, end, 0, chart.width);
      var y = scale(0, yTicks[yTicks.length - 1], chart.height, 0);
      var kinds = shadeWindows(chart, x, data.periodEnds[region] || [], start, end);
      if (data.warmupEnd > start) {
        var warm = svg('rect', {
          x: 0, y: 0, width: round(x(data.warmupEnd)), height: chart.height, fill: 'rgba(120,128,140,0.12)'
        }, chart.plot);
        tooltip(warm, 'Warm-up: work submitted before ' + day(data.warmupEnd) + ' is simulated but not counted');
        label(chart.plot, 4, 12, 'warm-up', { class: 'axis-label' });
      }
      yAxis(chart, y, yTicks, function (v) { return String(v); }, interval ? 'peak waiting' : 'waiting');
      xAxis(chart, x, timeTicks(start, end), day, 'date (UTC)');
      var path = '';
      for (var i = 0; i < times.length; i++) {
        path += (i === 0 ? 'M' : 'L') + round(x(times[i])) + ',' + round(y(values[i]));
      }
      svg('path', {
        d: path, fill: 'none', stroke: color(index), 'stroke-width': 1.4, 'stroke-linejoin': 'round',
        'data-series': region
      }, chart.plot);
      chart.points = times.length;
      var peak = values.indexOf(max);
      if (peak >= 0 && max > 0) {
        var mark = svg('circle', { cx: round(x(times[peak])), cy: round(y(max)), r: 3.5, fill: color(index) }, chart.plot);
        tooltip(mark, 'Peak ' + peakText + ' waiting ' + (interval ? 'in the ' + interval + ' from ' : 'at ') + isoDay(times[peak]) + ' '
          + new Date(times[peak]).toISOString().slice(11, 16) + ' UTC');
      }
      var items = [{
        label: region + (interval ? ' peak waiting per ' + interval + ' (held + queued)' : ' waiting (held + queued)'),
        color: color(index), shape: 'line'
      }];
      kinds.forEach(function (kind) {
        items.push({ label: kind + ' window', color: WINDOW_FILL[kind] });
      });
      if (data.warmupEnd > start) {
        items.push({ label: 'warm-up (not counted)', color: 'rgba(120,128,140,0.25)' });
      }
      legend(chart, items);
      finish(chart);
    });
  }

  /** Shades and labels each window not inside a more significant one. Returns the kinds drawn. */
  function shadeWindows(chart, x, windows, start, end) {
    var order = { EoM: 0, EoQ: 1, EoY: 2 };
    var kinds = [];
    var layer = svg('g', { class: 'period-ends' }, chart.plot);
    windows.forEach(function (w) {
      var from = Math.max(w.start, start);
      var to = Math.min(w.end, end);
      if (to <= from) {
        return;
      }
      // A window inside a more significant one is shaded as that one (a quarter end is also a month
      // end), so that each shade means one kind of period end.
      var inside = windows.some(function (o) {
        return order[o.kind] > order[w.kind] && o.start <= w.start && o.end >= w.end;
      });
      if (inside) {
        return;
      }
      var rect = svg('rect', {
        x: round(x(from)), y: 0, width: Math.max(round(x(to) - x(from)), 1), height: chart.height,
        fill: WINDOW_FILL[w.kind], 'data-window': w.kind
      }, layer);
      tooltip(rect, w.kind + ' ' + w.label + ': ' + isoDay(w.start) + ' to ' + isoDay(w.end - 1));
      if (kinds.indexOf(w.kind) < 0) {
        kinds.push(w.kind);
      }
      label(layer, x(from) + 3, -6, w.kind, { class: 'axis-label', 'font-size': 11 });
    });
    return kinds.sort(function (a, b) { return order[a] - order[b]; });
  }

  // ------------------------------------------------------------------ SLA attainment by week

  function weeklySla() {
    var place = container('weekly-sla');
    if (!place || !data.weeklySla) {
      return;
    }
    var rows = data.weeklySla.filter(function (r) { return r.attainment !== null; });
    // Over a long horizon each point covers a run of several weeks.
    var span = data.weeksPerPoint || 1;
    var by = span === 1 ? 'week' : span + ' weeks';
    var weeks = [];
    rows.forEach(function (r) {
      if (weeks.indexOf(r.week) < 0) {
        weeks.push(r.week);
      }
    });
    weeks.sort();
    var target = data.sla && data.sla.targetPercent !== null ? data.sla.targetPercent / 100 : null;
    var lowest = Math.min.apply(null, rows.map(function (r) { return r.attainment; }).concat(target === null ? [1] : [target]));
    var floor = Math.max(0, Math.floor((lowest - 0.05) * 10) / 10);
    var chart = frame(place, 'weekly-sla', 'SLA attainment by ' + by + ' and region',
      (span === 1 ? 'Weekly share of submissions decided within the SLA, per region, for ' + weeks.length + ' weeks'
        : 'Share of submissions decided within the SLA per ' + by + ', per region, for ' + weeks.length + ' runs of ' + by)
      + (target === null ? '.' : ', against a target of ' + percent(target, 0) + '.'),
      320, { top: 16, right: 84, bottom: 48, left: 64 });
    var band = chart.width / Math.max(weeks.length, 1);
    var x = function (week) { return band * (weeks.indexOf(week) + 0.5); };
    var y = scale(floor, 1, chart.height, 0);
    yAxis(chart, y, ticks(floor, 1, 5).filter(function (v) { return v <= 1; }), function (v) { return percent(v, 0); },
      'SLA attainment');
    var every = Math.ceil(weeks.length / 16);
    xAxis(chart, function (i) { return band * (i + 0.5); }, weeks.map(function (w, i) { return i; }).filter(function (i) { return i % every === 0; }),
      function (i) { return day(dayOfIso(weeks[i])); }, by + ' starting (Monday, local)');
    if (target !== null) {
      targetLine(chart, y, target, 'target ' + percent(target, 0));
    }
    // Regions side by side within a week, so weeks where they coincide (often 100%) show every point.
    var dodge = Math.min(band / (data.regions.length + 1), 8);
    data.regions.forEach(function (region, index) {
      var mine = rows.filter(function (r) { return r.region === region; });
      var shift = (index - (data.regions.length - 1) / 2) * dodge;
      var path = '';
      mine.forEach(function (r, i) {
        var previous = i > 0 ? weeks.indexOf(mine[i - 1].week) : -2;
        path += (weeks.indexOf(r.week) === previous + 1 ? 'L' : 'M') + round(x(r.week) + shift) + ',' + round(y(r.attainment));
      });
      svg('path', { d: path, fill: 'none', stroke: color(index), 'stroke-width': 2, 'data-series': region }, chart.plot);
      mine.forEach(function (r) {
        var partial = r.days < 7 * span;
        var dot = svg('circle', {
          cx: round(x(r.week) + shift), cy: round(y(r.attainment)), r: 4, fill: partial ? '#fff' : color(index),
          stroke: partial ? color(index) : '#fff', 'stroke-width': partial ? 2 : 1, 'data-partial': partial ? 'true' : undefined
        }, chart.plot);
        tooltip(dot, region + ', ' + (span === 1 ? 'week of ' : by + ' from ') + r.week + ': ' + percent(r.attainment)
          + ' (' + r.met + ' of ' + r.measured + ')'
          + (partial ? ', partial ' + by + ': ' + r.days + ' of ' + 7 * span + ' days inside the counted horizon' : ''));
        chart.points++;
      });
    });
    var items = data.regions.map(function (region, index) { return { label: region, color: color(index), shape: 'line' }; });
    if (target !== null) {
      items.push({ label: 'target ' + percent(target, 0), color: TARGET, shape: 'dashed' });
    }
    if (rows.some(function (r) { return r.days < 7 * span; })) {
      items.push({ label: 'hollow point: partial ' + by + ' at the edge of the horizon', color: '#fff', shape: 'ring' });
    }
    legend(chart, items);
    table(chart, 'Table: SLA attainment by ' + by, [by + ' starting'].concat(data.regions), weeks.map(function (week) {
      return [week].concat(data.regions.map(function (region) {
        var r = rows.find(function (row) { return row.region === region && row.week === week; });
        return r ? percent(r.attainment) + ' (' + r.met + '/' + r.measured + ')' + (r.days < 7 * span ? ' partial' : '') : '–';
      }));
    }));
    finish(chart);
  }

  // ------------------------------------------------------------------ time to decision

  function timeToDecision() {
    var place = container('time-to-decision');
    if (!place || !data.histogram) {
      return;
    }
    var h = data.histogram;
    var bins = h.bins + 1;
    var totals = [];
    for (var b = 0; b < bins; b++) {
      totals.push(data.regions.reduce(function (sum, region) { return sum + h.counts[region][b]; }, 0));
    }
    var unit = !data.sla || data.sla.businessHours ? 'business hours' : 'hours';
    var max = Math.max.apply(null, totals.concat([1]));
    var yTicks = ticks(0, max, 5);
    var chart = frame(place, 'time-to-decision', 'Distribution of time to decision',
      'Decisions by time to decision in ' + unit + ', ' + h.binHours + '-hour bins up to ' + (h.binHours * h.bins)
      + ' and one bin beyond, stacked by region' + (data.sla ? '; the SLA is ' + data.sla.hours + ' ' + unit + '.' : '.'),
      300, { top: 16, right: 16, bottom: 48, left: 64 });
    var band = chart.width / bins;
    var y = scale(0, yTicks[yTicks.length - 1], chart.height, 0);
    yAxis(chart, y, yTicks, function (v) { return String(v); }, data.replications > 1 ? 'decisions per replication' : 'decisions');
    var edges = [];
    var every = Math.ceil(h.bins / 12);
    for (var e = 0; e < h.bins; e += every) {
      edges.push(e);
    }
    xAxis(chart, function (i) { return band * i; }, edges, function (i) { return String(i * h.binHours); }, unit + ' from submission to decision');
    label(chart.plot, band * (h.bins + 0.5), chart.height + 18, '>' + h.binHours * h.bins, { 'text-anchor': 'middle' });
    var stack = totals.map(function () { return 0; });
    data.regions.forEach(function (region, index) {
      var group = svg('g', { fill: color(index), 'data-series': region }, chart.plot);
      h.counts[region].forEach(function (count, bin) {
        if (count <= 0) {
          return;
        }
        var top = y(stack[bin] + count);
        var bar = svg('rect', {
          x: round(band * bin + 1), y: round(top), width: round(band - 2), height: Math.max(round(y(stack[bin]) - top), 0.5)
        }, group);
        var range = bin === h.bins ? 'more than ' + h.binHours * h.bins
          : (bin === 0 ? '0' : String(bin * h.binHours)) + ' to ' + (bin + 1) * h.binHours;
        tooltip(bar, region + ', ' + range + ' ' + unit + ': ' + count + ' decisions');
        stack[bin] += count;
        chart.points++;
      });
    });
    if (data.sla) {
      var slaX = round(band * Math.min(data.sla.hours / h.binHours, h.bins));
      var line = svg('g', { class: 'sla-line' }, chart.plot);
      svg('line', { x1: slaX, x2: slaX, y1: 0, y2: chart.height, stroke: TARGET, 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }, line);
      // Bins are closed on the right, so the bins wholly left of the line met the SLA.
      var within = 0;
      var all = 0;
      totals.forEach(function (count, bin) {
        all += count;
        if (bin < h.bins && (bin + 1) * h.binHours <= data.sla.hours + 1e-9) {
          within += count;
        }
      });
      label(line, slaX + 6, 12, 'SLA ' + data.sla.hours + ' h', { fill: TARGET, style: 'fill:' + TARGET });
      if (all > 0) {
        label(line, slaX - 6, 28, '← ' + percent(within / all) + ' of decisions within', { 'text-anchor': 'end' });
        label(line, slaX + 6, 28, percent(1 - within / all) + ' beyond →', { 'text-anchor': 'start' });
      }
    }
    var items = data.regions.map(function (region, index) { return { label: region, color: color(index) }; });
    if (data.sla) {
      items.push({ label: 'SLA: ' + data.sla.hours + ' ' + unit, color: TARGET, shape: 'dashed' });
    }
    legend(chart, items);
    finish(chart);
  }

  // ------------------------------------------------------------------ utilization

  function utilization() {
    var place = container('utilization');
    if (!place || !data.utilization || data.utilization.length === 0) {
      return;
    }
    var rows = data.utilization;
    var chart = frame(place, 'utilization', 'Utilization by region',
      'Share of specialist hours on shift spent reviewing, per region, over the whole run and inside period-end windows.',
      260, { top: 20, right: 16, bottom: 36, left: 64 });
    var y = scale(0, 1, chart.height, 0);
    yAxis(chart, y, [0, 0.25, 0.5, 0.75, 1], function (v) { return percent(v, 0); }, 'utilization');
    var band = chart.width / rows.length;
    var bar = Math.min(band * 0.3, 70);
    var series = [{ key: 'overall', label: 'whole run', opacity: 1 }, { key: 'periodEnd', label: 'period-end windows', opacity: 0.55 }];
    xAxis(chart, function (i) { return band * (i + 0.5); }, rows.map(function (r, i) { return i; }), function (i) { return rows[i].region; });
    rows.forEach(function (row, i) {
      series.forEach(function (s, k) {
        var value = row[s.key];
        var left = band * (i + 0.5) + (k - 1) * (bar + 4) + 2;
        if (value === null) {
          label(chart.plot, left + bar / 2, chart.height - 6, 'n/a', { 'text-anchor': 'middle', class: 'axis-label' });
          return;
        }
        var rect = svg('rect', {
          x: round(left), y: round(y(value)), width: round(bar), height: Math.max(round(chart.height - y(value)), 0.5),
          fill: color(i), 'fill-opacity': s.opacity, 'data-series': s.key
        }, chart.plot);
        tooltip(rect, row.region + ', ' + s.label + ': ' + percent(value));
        if (chart.height - y(value) > 24) {
          label(chart.plot, left + bar / 2, chart.height - 8, k === 0 ? 'whole run' : 'period ends',
            { 'text-anchor': 'middle', 'font-size': 11, fill: k === 0 ? '#fff' : '#1d2430', style: k === 0 ? 'fill:#fff' : undefined });
        }
        label(chart.plot, left + bar / 2, y(value) - 5, percent(value, 0), { 'text-anchor': 'middle' });
        chart.points++;
      });
    });
    legend(chart, [{ label: 'whole run (solid)', color: '#5b6473' }, { label: 'inside period-end windows (light)', color: 'rgba(91,100,115,0.45)' }]);
    table(chart, 'Table: utilization', ['region', 'whole run', 'period-end windows'], rows.map(function (r) {
      return [r.region, r.overall === null ? '–' : percent(r.overall), r.periodEnd === null ? '–' : percent(r.periodEnd)];
    }));
    finish(chart);
  }

