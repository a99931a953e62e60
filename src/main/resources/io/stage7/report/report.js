// Draws the report's charts as inline SVG from the JSON block #report-data. No libraries, no
// network. The page's script is this file (helpers), report-run.js (a run's charts),
// report-planning.js (staffing, capacity, comparison) and report-main.js, in that order, inside
// the function this file opens and report-main.js closes. When done it sets data-report-state="ready" and data-charts (the number of charts) on
// the root element; every chart's <svg> carries data-chart (its kind) and data-points (the marks
// it drew), which the browser test reads from the dumped DOM.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
  var COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  // Three hues, so that a month end, a quarter end and a year end can be told apart (and a label on each).
  var WINDOW_FILL = { EoM: 'rgba(86,180,233,0.18)', EoQ: 'rgba(230,159,0,0.24)', EoY: 'rgba(204,121,167,0.34)' };
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

