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
      // A censored point (a percentile too much open work left unestimable) has no mean: it is
      // drawn as an open triangle at the top of the plot, a miss, and takes no part in the scale.
      var estimated = points.filter(function (p) { return p.mean !== null; });
      var lo = Math.min.apply(null, counts) - 0.5;
      var hi = Math.max.apply(null, counts) + 0.5;
      var yMin;
      var yMax;
      var yTicks;
      if (s.share) {
        yMin = Math.max(0, Math.floor((Math.min.apply(null, estimated.map(function (p) { return p.lo; }).concat([target])) - 0.05) * 10) / 10);
        yMax = 1;
        yTicks = ticks(yMin, 1, 5).filter(function (v) { return v <= 1; });
      } else {
        yMin = 0;
        yTicks = ticks(0, Math.max.apply(null, estimated.map(function (p) { return p.hi; }).concat([target])) * 1.05, 5);
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
        var gap = true;
        var path = curve.points.map(function (p) {
          if (p.mean === null) {
            gap = true;
            return '';
          }
          var step = (gap ? 'M' : 'L') + round(x(p.headcount) + offset) + ',' + round(y(p.mean));
          gap = false;
          return step;
        }).join('');
        svg('path', { d: path, fill: 'none', stroke: stroke, 'stroke-width': 1.5, 'data-series': curve.window }, chart.plot);
        curve.points.forEach(function (p) {
          var cx = round(x(p.headcount) + offset);
          var g = svg('g', { class: 'point' }, chart.plot);
          if (p.mean === null) {
            var top = s.share ? chart.height : 0;
            var tip = s.share ? top - 10 : top + 10;
            svg('path', { d: 'M' + cx + ',' + (top + (s.share ? -1 : 1)) + 'L' + (cx - 6) + ',' + tip + 'L' + (cx + 6) + ',' + tip + 'Z',
              fill: '#fff', stroke: stroke, 'stroke-width': 2, 'data-censored': p.censored }, g);
            tooltip(g, region + ', ' + curve.window + ', ' + p.headcount + ' specialists: censored in ' + p.censored + '/'
              + p.replications + ' replications (too much work still open at the end to estimate it): a miss');
            chart.points++;
            return;
          }
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
      if (estimated.length < points.length) {
        items.push({ label: 'open triangle: censored, not estimable (a miss)', color: '#fff', shape: 'ring' });
      }
      legend(chart, items);
      table(chart, 'Table: ' + region, ['specialists', 'window', 'mean', 'interval'], [].concat.apply([], curves.map(function (c) {
        return c.points.map(function (p) {
          if (p.mean === null) {
            return [String(p.headcount), c.window, 'censored ' + p.censored + '/' + p.replications,
              'not estimable: a miss'];
          }
          return [String(p.headcount) + (c.chosen === p.headcount ? ' (recommended)' : ''), c.window, format(p.mean),
            format(p.lo) + ' to ' + format(p.hi)];
        });
      })));
      finish(chart);
    });
  }


  // ------------------------------------------------------------------ arrivals against capacity

  var DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  var OFFERED = '#8a94a6';
  var NOW = '#E69F00';
  var PLAN = '#009E73';

  function hourOfWeek(h) {
    return DAYS[Math.floor(h / 24)] + ' ' + ('0' + (h % 24)).slice(-2) + ':00';
  }

  function capacity() {
    var place = container('capacity');
    if (!place || !data.capacity) {
      return;
    }
    data.capacity.forEach(function (c) {
      var max = Math.max.apply(null, c.offered.concat(c.current, c.recommended, [1]));
      var yTicks = ticks(0, max, 4);
      var chart = frame(place, 'capacity', 'Arrivals against capacity — ' + c.region,
        'Specialist-hours of work arriving in ' + c.region + ' at each hour of the week (' + c.zone
        + '), against the specialists on shift now and in the recommended plan.', 260,
        { top: 16, right: 16, bottom: 48, left: 64 });
      var x = scale(0, 168, 0, chart.width);
      var y = scale(0, yTicks[yTicks.length - 1], chart.height, 0);
      yAxis(chart, y, yTicks, function (v) { return String(v); }, 'specialists');
      xAxis(chart, x, [0, 24, 48, 72, 96, 120, 144], function (h) { return DAYS[h / 24]; }, 'hour of the week (' + c.zone + ')');
      var bars = svg('g', { fill: OFFERED, 'data-series': 'offered' }, chart.plot);
      var band = chart.width / 168;
      c.offered.forEach(function (v, h) {
        if (v <= 0) {
          return;
        }
        var bar = svg('rect', { x: round(x(h) + 0.5), y: round(y(v)), width: Math.max(round(band - 1), 0.5), height: Math.max(round(chart.height - y(v)), 0.5) }, bars);
        tooltip(bar, c.region + ', ' + hourOfWeek(h) + ': ' + v.toFixed(2) + ' specialist-hours of work arrive');
        chart.points++;
      });
      [{ key: 'current', color: NOW, dash: undefined, label: 'on shift now' },
        { key: 'recommended', color: PLAN, dash: '5 3', label: 'on shift in the recommended plan' }].forEach(function (s) {
        var path = '';
        c[s.key].forEach(function (v, h) {
          path += (h === 0 ? 'M' : 'L') + round(x(h)) + ',' + round(y(v)) + 'L' + round(x(h + 1)) + ',' + round(y(v));
          chart.points++;
        });
        svg('path', { d: path, fill: 'none', stroke: s.color, 'stroke-width': 1.8, 'stroke-dasharray': s.dash, 'data-series': s.key }, chart.plot);
      });
      legend(chart, [{ label: 'work arriving (specialist-hours per hour)', color: OFFERED },
        { label: 'specialists on shift now', color: NOW, shape: 'line' },
        { label: 'specialists on shift in the recommended plan (dashed)', color: PLAN, shape: 'line' }]);
      table(chart, 'Table: ' + c.region + ' by hour of the week', ['hour', 'work arriving', 'on shift now', 'recommended'],
        c.offered.map(function (v, h) {
          return [hourOfWeek(h), v.toFixed(2), c.current[h].toFixed(2), c.recommended[h].toFixed(2)];
        }).filter(function (row, h) { return c.offered[h] > 0 || c.current[h] > 0 || c.recommended[h] > 0; }));
      finish(chart);
    });
  }

  function capacityWindows() {
    var place = container('capacity-windows');
    if (!place || !data.capacity) {
      return;
    }
    var groups = [];
    data.capacity.forEach(function (c) {
      c.days.forEach(function (d) {
        groups.push({ region: c.region, day: d });
      });
    });
    var values = [1];
    groups.forEach(function (g) { values.push(g.day.offered || 0, g.day.current || 0, g.day.recommended || 0); });
    var yTicks = ticks(0, Math.max.apply(null, values), 4);
    var chart = frame(place, 'capacity-windows', 'Work arriving and specialist-hours on shift per day, by kind of day',
      'Per region and kind of day (normal, EoM, EoQ, EoY), specialist-hours of work arriving per day against specialist-hours'
      + ' on shift per day now and in the recommended plan.', 300, { top: 16, right: 16, bottom: 64, left: 64 });
    var band = chart.width / Math.max(groups.length, 1);
    var y = scale(0, yTicks[yTicks.length - 1], chart.height, 0);
    yAxis(chart, y, yTicks, function (v) { return String(v); }, 'specialist-hours per day');
    xAxis(chart, function (i) { return band * (i + 0.5); }, groups.map(function (g, i) { return i; }),
      function (i) { return groups[i].region + ' ' + groups[i].day.kind.replace(' days', ''); });
    var series = [{ key: 'offered', color: OFFERED, label: 'work arriving' }, { key: 'current', color: NOW, label: 'on shift now' },
      { key: 'recommended', color: PLAN, label: 'on shift in the plan' }];
    var bar = Math.min(band / 4, 40);
    groups.forEach(function (g, i) {
      series.forEach(function (s, k) {
        var v = g.day[s.key];
        if (v === null || v === undefined) {
          return;
        }
        var left = band * (i + 0.5) + (k - 1.5) * bar;
        var rect = svg('rect', { x: round(left), y: round(y(v)), width: round(bar - 2), height: Math.max(round(chart.height - y(v)), 0.5),
          fill: s.color, 'data-series': s.key }, chart.plot);
        tooltip(rect, g.region + ', ' + g.day.kind + ' (' + g.day.days + ' counted): ' + s.label + ' ' + v.toFixed(1) + ' specialist-hours per day');
        chart.points++;
      });
    });
    legend(chart, series.map(function (s) { return { label: s.label, color: s.color }; }));
    table(chart, 'Table: per kind of day', ['region', 'kind of day', 'days', 'work arriving', 'on shift now', 'on shift in the plan'],
      groups.map(function (g) {
        return [g.region, g.day.kind, String(g.day.days), (g.day.offered || 0).toFixed(1), (g.day.current || 0).toFixed(1),
          (g.day.recommended || 0).toFixed(1)];
      }));
    finish(chart);
  }

  // ------------------------------------------------------------------ comparison

  function comparison() {
    var place = container('comparison');
    if (!place || !data.comparison) {
      return;
    }
    var cmp = data.comparison;
    ['sla.attainment', 'utilization'].forEach(function (metric) {
      var rows = [];
      cmp.groups.forEach(function (g) {
        g.rows.forEach(function (r) {
          if (r.metric === metric && r.difference !== null) {
            rows.push({ title: g.title, row: r });
          }
        });
      });
      if (rows.length === 0) {
        return;
      }
      var name = rows[0].row.label;
      var extent = [0];
      rows.forEach(function (r) { extent.push(r.row.low === null ? r.row.difference : r.row.low, r.row.high === null ? r.row.difference : r.row.high); });
      var lo = Math.min.apply(null, extent);
      var hi = Math.max.apply(null, extent);
      var pad = Math.max((hi - lo) * 0.1, 0.001);
      var xTicks = ticks(lo - pad, hi + pad, 6);
      var rowHeight = 26;
      var chart = frame(place, 'comparison', name + ': B − A with its 95% interval',
        'Paired difference B − A of ' + name + ' for ' + rows.length + ' groups (overall, regions, period-end windows), with 95% intervals; '
        + cmp.replications + ' replications with common random numbers.', rows.length * rowHeight + 70,
        { top: 16, right: 24, bottom: 44, left: 220 });
      // The ticks start at the first round value inside the range: widen the axis to every interval.
      var x = scale(Math.min(xTicks[0], lo - pad), Math.max(xTicks[xTicks.length - 1], hi + pad), 0, chart.width);
      xAxis(chart, x, xTicks, function (v) { return (100 * v).toFixed(1) + ' pts'; }, name + ', B − A (points)');
      svg('line', { x1: round(x(0)), x2: round(x(0)), y1: 0, y2: chart.height, stroke: '#1d2430', 'stroke-width': 1 }, chart.plot);
      rows.forEach(function (r, i) {
        var cy = rowHeight * (i + 0.5);
        label(chart.plot, -10, cy + 4, r.title, { 'text-anchor': 'end' });
        var g = svg('g', { class: 'point', 'data-significant': r.row.significant ? 'true' : 'false' }, chart.plot);
        if (r.row.low !== null && r.row.high !== null) {
          svg('line', { x1: round(x(r.row.low)), x2: round(x(r.row.high)), y1: round(cy), y2: round(cy), stroke: color(0), 'stroke-width': 2 }, g);
        }
        svg('circle', { cx: round(x(r.row.difference)), cy: round(cy), r: 5, fill: r.row.significant ? color(0) : '#fff', stroke: color(0), 'stroke-width': 2 }, g);
        tooltip(g, r.title + ': ' + (100 * r.row.difference).toFixed(1) + ' pts'
          + (r.row.low !== null ? ' [' + (100 * r.row.low).toFixed(1) + ', ' + (100 * r.row.high).toFixed(1) + ']' : '')
          + (r.row.significant ? ', significant' : ''));
        chart.points++;
      });
      legend(chart, [{ label: 'filled: significant (the interval excludes 0)', color: color(0) },
        { label: 'hollow: not significant', color: '#fff', shape: 'ring' }]);
      finish(chart);
    });
  }
