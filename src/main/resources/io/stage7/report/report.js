// Draws the report's charts as inline SVG from the JSON block #report-data. No libraries, no
// network. When done it sets data-report-state="ready" and data-charts (the number of charts) on
// the root element; every chart's <svg> carries data-chart (its kind) and data-points (the marks
// it drew), which the browser test reads from the dumped DOM.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
  var COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  var WINDOW_FILL = { EoM: 'rgba(204,121,167,0.12)', EoQ: 'rgba(204,121,167,0.24)', EoY: 'rgba(153,51,102,0.30)' };
  var TARGET = '#b42318';
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var DAY = 86400000;
  var WIDTH = 960;

  var root = document.documentElement;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var charts = 0;
  var ids = 0;

  // ------------------------------------------------------------------ DOM helpers

  function svg(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    for (var key in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, key) && attrs[key] !== undefined) {
        node.setAttribute(key, String(attrs[key]));
      }
    }
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  }

  function html(name, attrs, parent, text) {
    var node = document.createElement(name);
    for (var key in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, key)) {
        node.setAttribute(key, String(attrs[key]));
      }
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  }

  function label(parent, x, y, text, attrs) {
    var node = svg('text', Object.assign({ x: round(x), y: round(y) }, attrs || {}), parent);
    node.textContent = text;
    return node;
  }

  function tooltip(node, text) {
    svg('title', {}, node).textContent = text;
    return node;
  }

  function round(x) {
    return Math.round(x * 10) / 10;
  }

  // ------------------------------------------------------------------ formats and scales

  function percent(fraction, places) {
    return (100 * fraction).toFixed(places === undefined ? 1 : places) + '%';
  }

  function day(ms) {
    var d = new Date(ms);
    return MONTHS[d.getUTCMonth()] + ' ' + d.getUTCDate();
  }

  function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  function dayOfIso(text) {
    return Date.parse(text + 'T00:00:00Z');
  }

  function scale(d0, d1, r0, r1) {
    var span = d1 - d0 || 1;
    return function (v) {
      return r0 + (v - d0) / span * (r1 - r0);
    };
  }

  /** Round tick values from 0 (or min) to at least max: 1, 2 or 5 times a power of ten. */
  function ticks(min, max, count) {
    var span = Math.max(max - min, 1e-9);
    var raw = span / Math.max(count, 1);
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 5, 10].map(function (m) { return m * power; }).find(function (s) { return s >= raw; });
    // Integer multiples of the step, so that 0.6 / 0.1 = 5.999... does not start a tick below min.
    var first = Math.ceil(min / step - 1e-9);
    var values = [];
    for (var k = first; k * step < max + step * 0.999; k++) {
      values.push(Number((k * step).toFixed(10)));
    }
    return values;
  }

  /** Tick instants for a time axis: days, Mondays, or the 1st and 15th of each month, by span. */
  function timeTicks(start, end) {
    var days = (end - start) / DAY;
    var values = [];
    var d = new Date(Math.ceil(start / DAY) * DAY);
    for (; d.getTime() <= end; d = new Date(d.getTime() + DAY)) {
      var t = d.getTime();
      if (days <= 16 || (days <= 70 && d.getUTCDay() === 1) || (days > 70 && (d.getUTCDate() === 1 || d.getUTCDate() === 15))) {
        values.push(t);
      }
    }
    return values;
  }

  // ------------------------------------------------------------------ chart frame, axes, legend

  /**
   * A figure in `container` holding an accessible SVG: <title> and <desc> first, role="img".
   * Returns the drawing area and its size inside the margins.
   */
  function frame(container, kind, title, description, height, margin) {
    var id = 'chart-' + (++ids);
    var figure = html('figure', { class: 'chart', 'data-chart': kind }, container);
    html('figcaption', { id: id + '-caption' }, figure, title);
    var node = svg('svg', {
      viewBox: '0 0 ' + WIDTH + ' ' + height, role: 'img', 'aria-labelledby': id + '-title ' + id + '-desc',
      'data-chart': kind, preserveAspectRatio: 'xMidYMid meet'
    }, figure);
    svg('title', { id: id + '-title' }, node).textContent = title;
    svg('desc', { id: id + '-desc' }, node).textContent = description;
    var plot = svg('g', { transform: 'translate(' + margin.left + ',' + margin.top + ')' }, node);
    charts++;
    return {
      figure: figure, svg: node, plot: plot, points: 0,
      width: WIDTH - margin.left - margin.right, height: height - margin.top - margin.bottom
    };
  }

  function finish(chart) {
    chart.svg.setAttribute('data-points', String(chart.points));
  }

  function yAxis(chart, y, values, format, title) {
    var grid = svg('g', { class: 'grid' }, chart.plot);
    var axis = svg('g', { class: 'axis' }, chart.plot);
    values.forEach(function (v) {
      svg('line', { x1: 0, x2: chart.width, y1: round(y(v)), y2: round(y(v)) }, grid);
      var tick = svg('g', { class: 'tick' }, axis);
      label(tick, -8, y(v) + 4, format(v), { 'text-anchor': 'end' });
    });
    svg('line', { x1: 0, x2: 0, y1: 0, y2: chart.height }, axis);
    label(chart.plot, -chart.height / 2, -52, title,
      { class: 'axis-label', transform: 'rotate(-90)', 'text-anchor': 'middle' });
  }

  function xAxis(chart, x, values, format, title) {
    var axis = svg('g', { class: 'axis' }, chart.plot);
    svg('line', { x1: 0, x2: chart.width, y1: chart.height, y2: chart.height }, axis);
    values.forEach(function (v) {
      var tick = svg('g', { class: 'tick' }, axis);
      svg('line', { x1: round(x(v)), x2: round(x(v)), y1: chart.height, y2: chart.height + 5 }, tick);
      label(tick, x(v), chart.height + 18, format(v), { 'text-anchor': 'middle' });
    });
    if (title) {
      label(chart.plot, chart.width / 2, chart.height + 38, title, { class: 'axis-label', 'text-anchor': 'middle' });
    }
  }

  /** An HTML legend under a chart: items are {label, color, shape: 'box' | 'line' | 'dashed'}. */
  function legend(chart, items) {
    var list = html('ul', { class: 'legend', 'aria-label': 'Legend' }, chart.figure);
    items.forEach(function (item) {
      var entry = html('li', {}, list);
      html('span', { class: 'swatch ' + (item.shape || 'box'), style: 'background:' + item.color, 'aria-hidden': 'true' }, entry);
      html('span', {}, entry, item.label);
    });
  }

  function targetLine(chart, y, fraction, text) {
    var g = svg('g', { class: 'target' }, chart.plot);
    svg('line', {
      x1: 0, x2: chart.width, y1: round(y(fraction)), y2: round(y(fraction)),
      stroke: TARGET, 'stroke-width': 1.5, 'stroke-dasharray': '6 4'
    }, g);
    label(g, chart.width + 6, y(fraction) + 4, text, { 'text-anchor': 'start', fill: TARGET, style: 'fill:' + TARGET });
  }

  /** A table of the chart's numbers inside a closed <details>, for screen readers and copying. */
  function table(chart, caption, header, rows) {
    var details = html('details', {}, chart.figure);
    html('summary', {}, details, caption);
    var t = html('table', {}, details);
    var head = html('tr', {}, html('thead', {}, t));
    header.forEach(function (h) { html('th', { scope: 'col' }, head, h); });
    var body = html('tbody', {}, t);
    rows.forEach(function (row) {
      var tr = html('tr', {}, body);
      row.forEach(function (cell) { html('td', {}, tr, cell); });
    });
  }

  function color(index) {
    return COLORS[index % COLORS.length];
  }

  function container(kind) {
    return document.querySelector('.charts[data-chart="' + kind + '"]');
  }

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

  /** Shades each window; labels those not inside a more significant one. Returns the kinds drawn. */
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
      var rect = svg('rect', {
        x: round(x(from)), y: 0, width: Math.max(round(x(to) - x(from)), 1), height: chart.height,
        fill: WINDOW_FILL[w.kind], 'data-window': w.kind
      }, layer);
      tooltip(rect, w.kind + ' ' + w.label + ': ' + isoDay(w.start) + ' to ' + isoDay(w.end - 1));
      if (kinds.indexOf(w.kind) < 0) {
        kinds.push(w.kind);
      }
      var inside = windows.some(function (o) {
        return order[o.kind] > order[w.kind] && o.start <= w.start && o.end >= w.end;
      });
      if (!inside) {
        label(layer, x(from) + 3, -6, w.kind, { class: 'axis-label', 'font-size': 11 });
      }
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

  // ------------------------------------------------------------------ staffing curves

  function staffing() {
    var place = container('staffing');
    if (!place || !data.staffing) {
      return;
    }
    var s = data.staffing;
    var target = s.target;
    // A share is drawn as a percentage up to 100%; a time in hours from 0.
    var format = s.share ? function (v) { return percent(v); } : function (v) { return v.toFixed(1) + ' h'; };
    var tick = s.share ? function (v) { return percent(v, 0); } : function (v) { return v + ' h'; };
    var regions = [];
    var windows = [];
    s.curves.forEach(function (c) {
      if (regions.indexOf(c.region) < 0) {
        regions.push(c.region);
      }
      // Windows with points only: an unmeasured window takes no colour and no place beside the others.
      if (c.points.length > 0 && windows.indexOf(c.window) < 0) {
        windows.push(c.window);
      }
    });
    regions.forEach(function (region) {
      var curves = s.curves.filter(function (c) { return c.region === region && c.points.length > 0; });
      var points = [].concat.apply([], curves.map(function (c) { return c.points; }));
      if (points.length === 0) {
        return;
      }
      var counts = points.map(function (p) { return p.headcount; });
      var lo = Math.min.apply(null, counts) - 0.5;
      var hi = Math.max.apply(null, counts) + 0.5;
      var yMin;
      var yMax;
      var yTicks;
      if (s.share) {
        yMin = Math.max(0, Math.floor((Math.min.apply(null, points.map(function (p) { return p.lo; }).concat([target])) - 0.05) * 10) / 10);
        yMax = 1;
        yTicks = ticks(yMin, 1, 5).filter(function (v) { return v <= 1; });
      } else {
        yMin = 0;
        yTicks = ticks(0, Math.max.apply(null, points.map(function (p) { return p.hi; }).concat([target])) * 1.05, 5);
        yMax = yTicks[yTicks.length - 1];
      }
      var chart = frame(place, 'staffing', s.metric.charAt(0).toUpperCase() + s.metric.slice(1) + ' against headcount — ' + region,
        s.metric + ' in ' + region + ' at ' + counts.length + ' headcounts tried, with ' + percent(s.confidence, 0)
        + ' confidence intervals, against a target of ' + s.targetText + '.',
        280, { top: 16, right: 84, bottom: 48, left: 64 });
      var x = scale(lo, hi, 0, chart.width);
      var y = scale(yMin, yMax, chart.height, 0);
      yAxis(chart, y, yTicks, tick, s.metric);
      var xs = [];
      for (var n = Math.ceil(lo); n <= hi; n++) {
        xs.push(n);
      }
      xAxis(chart, x, xs, String, 'specialists');
      targetLine(chart, y, target, 'target ' + s.targetText);
      curves.forEach(function (curve) {
        var index = windows.indexOf(curve.window);
        var offset = (index - (windows.length - 1) / 2) * 8;
        var stroke = color(index);
        var path = curve.points.map(function (p, i) {
          return (i === 0 ? 'M' : 'L') + round(x(p.headcount) + offset) + ',' + round(y(p.mean));
        }).join('');
        svg('path', { d: path, fill: 'none', stroke: stroke, 'stroke-width': 1.5, 'data-series': curve.window }, chart.plot);
        curve.points.forEach(function (p) {
          var cx = round(x(p.headcount) + offset);
          var g = svg('g', { class: 'point' }, chart.plot);
          svg('line', { x1: cx, x2: cx, y1: round(y(p.lo)), y2: round(y(p.hi)), stroke: stroke, 'stroke-width': 1.5 }, g);
          svg('line', { x1: cx - 5, x2: cx + 5, y1: round(y(p.lo)), y2: round(y(p.lo)), stroke: stroke, 'stroke-width': 1.5 }, g);
          svg('line', { x1: cx - 5, x2: cx + 5, y1: round(y(p.hi)), y2: round(y(p.hi)), stroke: stroke, 'stroke-width': 1.5 }, g);
          svg('circle', { cx: cx, cy: round(y(p.mean)), r: 4, fill: stroke }, g);
          if (curve.chosen === p.headcount) {
            svg('circle', { cx: cx, cy: round(y(p.mean)), r: 9, fill: 'none', stroke: '#1d2430', 'stroke-width': 2 }, g);
          }
          tooltip(g, region + ', ' + curve.window + ', ' + p.headcount + ' specialists: ' + format(p.mean)
            + ' (' + format(p.lo) + ' to ' + format(p.hi) + ')' + (curve.chosen === p.headcount ? ', recommended' : ''));
          chart.points++;
        });
      });
      var items = curves.map(function (c) {
        return { label: c.window + ' (mean and interval)', color: color(windows.indexOf(c.window)), shape: 'line' };
      });
      items.push({ label: 'target ' + s.targetText, color: TARGET, shape: 'dashed' });
      items.push({ label: 'ringed: recommended headcount', color: '#fff', shape: 'ring' });
      legend(chart, items);
      table(chart, 'Table: ' + region, ['specialists', 'window', 'mean', 'interval'], [].concat.apply([], curves.map(function (c) {
        return c.points.map(function (p) {
          return [String(p.headcount) + (c.chosen === p.headcount ? ' (recommended)' : ''), c.window, format(p.mean),
            format(p.lo) + ' to ' + format(p.hi)];
        });
      })));
      finish(chart);
    });
  }

  try {
    backlog();
    weeklySla();
    timeToDecision();
    utilization();
    staffing();
    root.setAttribute('data-charts', String(charts));
    root.setAttribute('data-report-state', 'ready');
  } catch (error) {
    root.setAttribute('data-report-state', 'failed');
    throw error;
  }
})();
