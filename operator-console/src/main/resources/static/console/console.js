// The operator console page. Message content is untrusted: it only ever reaches the DOM through textContent.
(function () {
  'use strict';

  const MAX_ITEMS = 200;
  const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f'];
  const TAILS = {
    'newsflow.articles.raw.v1': 'tail-raw',
    'newsflow.articles.enriched.v1': 'tail-enriched',
    'newsflow.articles.raw.v1.DLT': 'tail-raw-dlt',
    'newsflow.articles.enriched.v1.DLT': 'tail-enriched-dlt'
  };
  const state = { source: null, seen: new Set(), charts: {}, firstSeen: {} };
  window.newsflowConsole = state;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach(function (cell) { tr.appendChild(cell instanceof Node ? cell : el('td', cell)); });
    return tr;
  }

  function time(millis) {
    return new Date(millis).toLocaleTimeString();
  }

  async function api(path, options) {
    const response = await fetch(path, Object.assign({ credentials: 'same-origin' }, options || {}));
    if (response.status === 401) {
      window.location.assign('/console/login');
      throw new Error('logged out');
    }
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail || detail; } catch (e) { /* not problem+json */ }
      throw new Error(detail);
    }
    return response.json();
  }

  // ---- live tails ----
  function connect() {
    if (state.source) {
      state.source.close();
    }
    state.seen.clear();
    Object.values(TAILS).forEach(function (id) { document.getElementById(id).replaceChildren(); });
    const params = new URLSearchParams();
    new FormData(document.getElementById('filters')).forEach(function (value, name) {
      if (String(value).trim()) { params.set(name, String(value).trim()); }
    });
    const status = document.getElementById('stream-status');
    const source = new EventSource('/console/api/tail?' + params.toString());
    source.onopen = function () { status.textContent = 'live'; status.className = 'status live'; };
    source.onerror = function () { status.textContent = 'reconnecting…'; status.className = 'status down'; };
    source.addEventListener('record', function (event) { show(JSON.parse(event.data)); });
    state.source = source;
  }

  function show(record) {
    if (state.seen.has(record.id)) {
      return;
    }
    state.seen.add(record.id);
    const list = document.getElementById(TAILS[record.topic]);
    if (!list) {
      return;
    }
    if (record.key && state.firstSeen[record.topic + ' ' + record.key] === undefined) {
      state.firstSeen[record.topic + ' ' + record.key] = Date.now();
    }
    const item = el('li');
    item.dataset.id = record.id;
    item.dataset.key = record.key || '';
    const exception = record.headers['kafka_dlt-exception-fqcn'];
    item.appendChild(el('span', record.title || (exception ? exception : '(no title)'), 'title'));
    item.appendChild(el('span', time(record.timestamp) + ' · ' + (record.key || '∅') + ' · p' + record.partition
        + '@' + record.offset + (record.source ? ' · ' + record.source : ''), 'meta'));
    item.addEventListener('click', function () { detail(record, item); });
    list.prepend(item);
    while (list.children.length > MAX_ITEMS) {
      list.removeChild(list.lastChild);
    }
  }

  function detail(record, item) {
    document.querySelectorAll('.tail li.selected').forEach(function (li) { li.classList.remove('selected'); });
    item.classList.add('selected');
    document.getElementById('detail').hidden = false;
    document.getElementById('detail-id').textContent = record.id;
    document.getElementById('detail-trace').textContent = record.traceId || '(none)';
    const body = document.querySelector('#detail-headers tbody');
    body.replaceChildren();
    Object.keys(record.headers).sort().forEach(function (name) { body.appendChild(row([name, record.headers[name]])); });
    document.getElementById('detail-json').textContent = record.json;
  }

  // ---- charts and lag ----
  function chart(name, containerId, series, data) {
    const names = Object.keys(series);
    const signature = names.join('|');
    const existing = state.charts[name];
    const rows = [data].concat(names.map(function (n) { return series[n]; }));
    if (existing && existing.signature === signature) {
      existing.setData(rows);
      return;
    }
    if (existing) {
      existing.destroy();
    }
    const container = document.getElementById(containerId);
    const options = {
      width: Math.max(300, container.clientWidth - 4), height: 200,
      scales: { x: { time: true } },
      legend: { live: false },
      series: [{}].concat(names.map(function (n, i) {
        return { label: n, stroke: COLORS[i % COLORS.length], width: 1.5, spanGaps: false };
      }))
    };
    const plot = new uPlot(options, rows, container);
    plot.signature = signature;
    state.charts[name] = plot;
  }

  async function refreshMetrics() {
    try {
      const metrics = await api('/console/api/metrics');
      chart('lag', 'chart-lag', metrics.lag, metrics.times);
      chart('rate', 'chart-rate', metrics.rates, metrics.times);
      chart('latency', 'chart-latency', metrics.latency, metrics.times);
      const lagBody = document.querySelector('#lag-table tbody');
      lagBody.replaceChildren();
      metrics.partitions.forEach(function (p) {
        const lag = el('td', p.lag, p.lag > 0 ? 'lagging' : null);
        lagBody.appendChild(row([p.group, p.topic, p.partition, p.committed, p.end, lag]));
      });
      const latencyBody = document.querySelector('#latency-table tbody');
      latencyBody.replaceChildren();
      Object.keys(metrics.percentiles).forEach(function (stage) {
        const p = metrics.percentiles[stage];
        latencyBody.appendChild(row([stage, p.count, ms(p.p50), ms(p.p95), ms(p.p99)]));
      });
      const error = document.getElementById('metrics-error');
      error.hidden = !metrics.error;
      error.textContent = metrics.error || '';
    } catch (e) {
      document.getElementById('metrics-error').hidden = false;
      document.getElementById('metrics-error').textContent = 'metrics unavailable: ' + e.message;
    }
  }

  function ms(value) {
    return value === null || value === undefined ? '–' : value + ' ms';
  }

  // ---- dead letters ----
  async function refreshDeadLetters() {
    const status = document.getElementById('dead-letter-status');
    try {
      const letters = await api('/console/api/dead-letters');
      const body = document.querySelector('#dead-letters tbody');
      body.replaceChildren();
      letters.forEach(function (d) {
        const actions = el('td');
        actions.appendChild(button('Replay', 'replay', d));
        actions.appendChild(button('Discard', 'discard', d));
        const tr = row([time(d.timestamp), d.topic + ' / ' + d.partition + ' / ' + d.offset, d.key || '∅',
          d.title || '', (d.exceptionClass || '?') + ': ' + (d.exceptionMessage || ''),
          (d.originalTopic || '?') + ' / ' + (d.originalPartition || '?') + ' / ' + (d.originalOffset || '?'), actions]);
        tr.dataset.id = d.id;
        tr.dataset.key = d.key || '';
        body.appendChild(tr);
      });
      status.textContent = letters.length === 0 ? 'No open dead letters.' : letters.length + ' open dead letter(s).';
    } catch (e) {
      status.textContent = 'dead letters unavailable: ' + e.message;
    }
  }

  function button(label, action, deadLetter) {
    const b = el('button', label, action);
    b.type = 'button';
    b.addEventListener('click', async function () {
      b.disabled = true;
      const path = '/console/api/dead-letters/' + encodeURIComponent(deadLetter.topic) + '/' + deadLetter.partition
        + '/' + deadLetter.offset + '/' + action;
      try {
        await api(path, { method: 'POST' });
      } catch (e) {
        document.getElementById('dead-letter-status').textContent = action + ' failed: ' + e.message;
      }
      refreshDeadLetters();
    });
    return b;
  }

  async function replayAll() {
    try {
      const result = await api('/console/api/dead-letters/replay-all', { method: 'POST' });
      document.getElementById('dead-letter-status').textContent = 'Replayed ' + result.replayed + '.';
    } catch (e) {
      document.getElementById('dead-letter-status').textContent = 'replay all failed: ' + e.message;
    }
    refreshDeadLetters();
  }

  // ---- push subscribers ----
  async function refreshSubscribers() {
    const status = document.getElementById('subscribers-status');
    const table = document.getElementById('subscribers-table');
    try {
      const health = await api('/console/api/subscribers');
      status.textContent = health.message;
      const columns = [];
      health.subscriptions.forEach(function (s) {
        Object.keys(s).forEach(function (k) { if (columns.indexOf(k) < 0) { columns.push(k); } });
      });
      table.tHead.replaceChildren(row(columns.map(function (c) { return el('th', c); })));
      table.tBodies[0].replaceChildren();
      health.subscriptions.forEach(function (s) {
        table.tBodies[0].appendChild(row(columns.map(function (c) {
          const v = s[c];
          return el('td', v !== null && typeof v === 'object' ? JSON.stringify(v) : v);
        })));
      });
    } catch (e) {
      status.textContent = 'push side not available: ' + e.message;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('filters').addEventListener('submit', function (event) {
      event.preventDefault();
      connect();
    });
    document.getElementById('replay-all').addEventListener('click', replayAll);
    connect();
    refreshMetrics();
    refreshDeadLetters();
    refreshSubscribers();
    setInterval(refreshMetrics, 2000);
    setInterval(refreshDeadLetters, 3000);
    setInterval(refreshSubscribers, 10000);
  });
}());
