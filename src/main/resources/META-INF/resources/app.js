// 年报审查页面：成绩榜、上传、报告页（表二/三/四按官方版式）、复核、规则。无构建步骤，无外部依赖。
'use strict';

const app = document.getElementById('app');
const AUTH_KEY = 'nblint.auth';

// ---------- 请求与登录 ----------

function auth() { return sessionStorage.getItem(AUTH_KEY); }

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (auth()) headers['Authorization'] = 'Basic ' + auth();
  const res = await fetch(path, Object.assign({}, options, { headers }));
  if (res.status === 401) { showLogin('登录已失效或用户名、密码错误'); throw new Error('未登录'); }
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new Error((body && body.error) || ('请求失败（HTTP ' + res.status + '）'));
  return body;
}

async function download(path) {
  const res = await fetch(path, { headers: { 'Authorization': 'Basic ' + auth() } });
  if (!res.ok) { const b = await res.json().catch(() => ({})); alert(b.error || '下载失败'); return; }
  const disposition = res.headers.get('Content-Disposition') || '';
  const m = disposition.match(/filename\*=UTF-8''([^;]+)/);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await res.blob());
  a.download = m ? decodeURIComponent(m[1]) : 'nblint-export';
  document.body.appendChild(a); a.click(); a.remove();
}

function showLogin(message) {
  sessionStorage.removeItem(AUTH_KEY);
  document.getElementById('login').hidden = false;
  app.hidden = true;
  document.getElementById('login-error').textContent = message || '';
  document.getElementById('who').textContent = '';
  document.getElementById('logout').hidden = true;
}

document.getElementById('login-form').addEventListener('submit', async e => {
  e.preventDefault();
  const user = document.getElementById('login-user').value;
  const password = document.getElementById('login-password').value;
  sessionStorage.setItem(AUTH_KEY, btoa(String.fromCharCode(...new TextEncoder().encode(user + ':' + password))));
  try {
    const me = await api('/api/me');
    if (!me.authenticated) throw new Error();
    document.getElementById('login').hidden = true;
    app.hidden = false;
    route();
  } catch (err) { showLogin('用户名或密码错误'); }
});

document.getElementById('logout').addEventListener('click', () => { showLogin(''); });

let me = null;

// ---------- 小工具 ----------

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c.nodeType ? c : document.createTextNode(String(c)));
  return e;
}

function fmtTime(t) { return t ? new Date(t).toLocaleString('zh-CN') : ''; }
function score(s) { return s === null || s === undefined ? '—' : Number(s).toFixed(Number(s) % 1 ? 1 : 0); }

// ---------- 路由 ----------

async function route() {
  if (!auth()) { showLogin(''); return; }
  if (!me) {
    me = await api('/api/me');
    document.getElementById('who').textContent = me.name + '（' + me.roles.map(r => r === 'rule-admin' ? '规则管理员' : '复核员').join('、') + '）';
    document.getElementById('logout').hidden = false;
  }
  const hash = location.hash || '#/';
  app.replaceChildren(el('p', {}, '加载中…'));
  try {
    let m;
    if ((m = hash.match(/^#\/report\/(\d+)/))) await reportPage(Number(m[1]));
    else if (hash.startsWith('#/rules')) await rulesPage();
    else await boardPage();
  } catch (err) {
    if (err.message !== '未登录') app.replaceChildren(el('p', { class: 'error' }, err.message));
  }
}
window.addEventListener('hashchange', route);

// ---------- 成绩榜与上传 ----------

const filters = { year: '', grade: '', agency: '' };

async function boardPage() {
  const drop = el('div', { id: 'drop' }, '将报告文件（TXT、PDF、DOCX、HTML 或 ZIP 压缩包）拖放到此处，或 ',
    el('label', {}, el('input', { type: 'file', id: 'file-input', multiple: true, onchange: e => upload(e.target.files) })));
  drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); upload(e.dataTransfer.files); });
  const result = el('div', { id: 'upload-result' });

  const all = await api('/api/submissions');
  const years = [...new Set(all.map(s => s.year).filter(Boolean))].sort().reverse();
  const yearSel = el('select', { id: 'filter-year', onchange: e => { filters.year = e.target.value; boardPage(); } },
    el('option', { value: '' }, '全部年度'), years.map(y => el('option', { value: y, selected: String(y) === filters.year }, y + '年度')));
  const gradeSel = el('select', { id: 'filter-grade', onchange: e => { filters.grade = e.target.value; boardPage(); } },
    el('option', { value: '' }, '全部等级'), ['优秀', '良好', '合格', '不合格'].map(g => el('option', { value: g, selected: g === filters.grade }, g)));
  const agencyIn = el('input', { id: 'filter-agency', placeholder: '机关名称', value: filters.agency,
    onchange: e => { filters.agency = e.target.value; boardPage(); } });

  const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
  const board = await api('/api/scoreboard?' + q);
  const unscored = (await api('/api/submissions?' + q)).filter(s => s.score === null);

  const rows = board.map(e => {
    const s = e.submission;
    return el('tr', { 'data-id': s.id },
      el('td', {}, e.rank),
      el('td', {}, el('a', { href: '#/report/' + s.id }, s.agency || s.fileName)),
      el('td', {}, s.year || '—'),
      el('td', { class: 'score-cell' }, score(s.score)),
      el('td', { class: 'grade-' + s.grade }, s.grade),
      el('td', {}, s.failed), el('td', {}, s.dismissed), el('td', {}, s.uncertain),
      el('td', {}, fmtTime(s.uploadedAt)));
  });
  const table = el('table', { class: 'list', id: 'scoreboard' },
    el('tr', {}, ['名次', '机关', '年度', '得分', '等级', '问题', '已驳回', '无法核对', '上传时间'].map(h => el('th', {}, h))), rows);

  app.replaceChildren(
    el('div', { class: 'panel' }, el('h2', {}, '上传报告'), drop, result),
    el('div', { class: 'panel' }, el('h2', {}, '成绩榜'),
      el('div', { class: 'filters' }, yearSel, gradeSel, agencyIn,
        el('button', { onclick: () => download('/api/exports?format=xlsx&' + q) }, '下载成绩与问题清单（XLSX）'),
        el('button', { onclick: () => download('/api/exports?format=csv&' + q) }, 'CSV'),
        el('button', { onclick: () => download('/api/exports?format=html&' + q) }, 'HTML')),
      board.length ? table : el('p', {}, '暂无已评分的报告。'),
      unscored.length ? el('div', {}, el('h3', {}, '未能检查的文件'),
        el('ul', {}, unscored.map(s => el('li', {}, el('a', { href: '#/report/' + s.id }, s.fileName), '：', s.readError || '未评分')))) : null));
}

async function upload(files) {
  if (!files || !files.length) return;
  const result = document.getElementById('upload-result');
  result.replaceChildren(el('p', {}, '正在上传并检查 ' + files.length + ' 个文件…'));
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  try {
    const outcomes = await api('/api/submissions', { method: 'POST', body: form });
    await boardPage();
    document.getElementById('upload-result').replaceChildren(el('ul', { class: 'outcomes' }, outcomes.map(o => el('li',
      { class: o.submissionId ? (o.readError ? 'error' : 'ok') : 'error' },
      o.fileName, '：', o.submissionId ? el('a', { href: '#/report/' + o.submissionId }, o.message) : o.message,
      o.summary && o.summary.score !== null ? '，得分 ' + score(o.summary.score) + '（' + o.summary.grade + '）' : '',
      o.readError && o.submissionId ? '，无法检查：' + o.readError : ''))));
  } catch (err) {
    result.replaceChildren(el('p', { class: 'error' }, '上传失败：' + err.message));
  }
}

// ---------- 报告页 ----------

const T2_2021 = [
  { title: '第二十条第（一）项', head: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], cols: ['issued', 'repealed', 'valid'],
    rows: [['regulation', '规章'], ['normative', '行政规范性文件']] },
  { title: '第二十条第（五）项', head: ['信息内容', '本年处理决定数量'], cols: ['decisions'], rows: [['license', '行政许可']] },
  { title: '第二十条第（六）项', head: ['信息内容', '本年处理决定数量'], cols: ['decisions'], rows: [['penalty', '行政处罚'], ['coercion', '行政强制']] },
  { title: '第二十条第（八）项', head: ['信息内容', '本年收费金额（单位：万元）'], cols: ['amount'], rows: [['fee', '行政事业性收费']] },
];
const T2_2019 = [
  { title: '第二十条第（一）项', head: ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], cols: ['made', 'published', 'total_public'],
    rows: [['regulation', '规章'], ['normative', '规范性文件']] },
  { title: '第二十条第（五）项', head: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], cols: ['prior_items', 'delta', 'decisions'],
    rows: [['license', '行政许可'], ['other_service', '其他对外管理服务事项']] },
  { title: '第二十条第（六）项', head: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], cols: ['prior_items', 'delta', 'decisions'],
    rows: [['penalty', '行政处罚'], ['coercion', '行政强制']] },
  { title: '第二十条第（八）项', head: ['信息内容', '上一年项目数量', '本年增/减'], cols: ['prior_items', 'delta'], rows: [['fee', '行政事业性收费']] },
  { title: '第二十条第（九）项', head: ['信息内容', '采购项目数量', '采购总金额'], cols: ['procurement_items', 'procurement_amount'],
    rows: [['procurement', '政府集中采购']] },
];
const T3_COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'];
const T4_GROUPS = ['review', 'direct', 'after_review'];
const T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'];
const T4_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

// Row headers of table 三: [row key, [cells before the numbers: text, rowspan, colspan]].
function t3Rows(v2019) {
  const r = [];
  r.push(['R1', [['一、本年新收政府信息公开申请数量', 1, 3]]]);
  r.push(['R2', [['二、上年结转政府信息公开申请数量', 1, 3]]]);
  const span = v2019 ? 20 : 22;
  r.push(['R3.1', [['三、本年度办理结果', span, 1], ['（一）予以公开', 1, 2]]]);
  r.push(['R3.2', [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1, 2]]]);
  const groups = [
    ['R3.3', '（三）不予公开', ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益',
      '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项']],
    ['R3.4', '（四）无法提供', ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确']],
    ['R3.5', '（五）不予处理', ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请',
      '要求行政机关确认或重新出具已获取信息']],
  ];
  if (!v2019) groups.push(['R3.6', '（六）其他处理', ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他']]);
  for (const [key, title, subs] of groups) {
    subs.forEach((s, i) => r.push([key + '.' + (i + 1), i === 0 ? [[title, subs.length, 1], [(i + 1) + '.' + s, 1, 1]] : [[(i + 1) + '.' + s, 1, 1]]]));
  }
  if (v2019) r.push(['R3.6', [['（六）其他处理', 1, 2]]]);
  r.push(['R3.7', [['（七）总计', 1, 2]]]);
  r.push(['R4', [['四、结转下年度继续办理', 1, 3]]]);
  return r;
}

function cellIndex(facts) {
  const idx = new Map();
  for (const c of (facts && facts.cells) || []) idx.set(c.table + '|' + c.row + '|' + c.column, c);
  return idx;
}

// Which findings point at which cell, row or table.
function findingIndex(findings) {
  const idx = new Map();
  const add = (k, f) => { if (!idx.has(k)) idx.set(k, []); idx.get(k).push(f); };
  for (const f of findings) {
    const l = f.finding.location || {};
    if (!l.table) continue;
    if (l.row && l.column) add(l.table + '|' + l.row + '|' + l.column, f);
    else if (l.row) add(l.table + '|' + l.row + '|*', f);
    else add(l.table + '|*|*', f);
  }
  return idx;
}

function valueCell(table, row, col, cells, hits, colspan) {
  const c = cells.get(table + '|' + row + '|' + col);
  const fs = [...(hits.get(table + '|' + row + '|' + col) || []), ...(hits.get(table + '|' + row + '|*') || [])];
  const text = !c ? '' : c.state === 'BLANK' ? '' : c.state === 'MISSING' ? '缺' : c.state === 'UNREADABLE' ? '?' : (c.raw ?? '');
  const failing = fs.filter(f => f.finding.status === 'FAILED');
  const shown = failing.length ? failing : fs;
  const td = el('td', { colspan: colspan > 1 ? colspan : null, 'data-row': row, 'data-col': col,
    class: [c ? 'state-' + c.state : 'state-MISSING', shown.length ? (failing.length ? 'hit sev-' + shown[0].finding.severity : 'hit uncertain') : '',
      shown.length && shown.every(f => f.review && f.review.decision === 'DISMISSED') ? 'dismissed' : ''].join(' ').trim(),
    title: shown.map(f => f.finding.ruleId + ' ' + f.finding.message).join('\n') || null }, text);
  if (shown.length) td.addEventListener('click', () => focusFinding(shown[0].fingerprint));
  return td;
}

function table2(facts, cells, hits) {
  const v2019 = facts.table2 && facts.table2.format === 'V2019';
  const blocks = v2019 ? T2_2019 : T2_2021;
  const width = 4;
  const t = el('table', { class: 'official', id: 'table-2' });
  for (const b of blocks) {
    t.append(el('tr', {}, el('td', { colspan: width, class: 'label' }, b.title)));
    const span = i => (i === b.cols.length - 1 ? width - b.cols.length : 1);
    t.append(el('tr', {}, el('td', {}, b.head[0]), b.cols.map((c, i) => el('td', { colspan: span(i) > 1 ? span(i) : null }, b.head[i + 1]))));
    for (const [key, label] of b.rows) {
      t.append(el('tr', {}, el('td', { class: 'label' }, label), b.cols.map((c, i) => valueCell('表二', key, c, cells, hits, span(i)))));
    }
  }
  return t;
}

function table3(facts, cells, hits) {
  const v2019 = facts.table3 && facts.table3.format === 'V2019';
  const t = el('table', { class: 'official', id: 'table-3' });
  t.append(el('tr', {}, el('td', { rowspan: 3, colspan: 3 }, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
    el('td', { colspan: 7 }, '申请人情况')));
  t.append(el('tr', {}, el('td', { rowspan: 2 }, '自然人'), el('td', { colspan: 5 }, '法人或其他组织'), el('td', { rowspan: 2 }, '总计')));
  t.append(el('tr', {}, ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map(h => el('td', {}, h))));
  for (const [key, heads] of t3Rows(v2019)) {
    t.append(el('tr', { 'data-row': key }, heads.map(([text, rs, cs]) => el('td', { class: 'label', rowspan: rs > 1 ? rs : null, colspan: cs > 1 ? cs : null }, text)),
      T3_COLS.map(c => valueCell('表三', key, c, cells, hits, 1))));
  }
  return t;
}

function table4(facts, cells, hits) {
  const t = el('table', { class: 'official', id: 'table-4' });
  t.append(el('tr', {}, el('td', { colspan: 5 }, '行政复议'), el('td', { colspan: 10 }, '行政诉讼')));
  t.append(el('tr', {}, T4_LABELS.map(l => el('td', { rowspan: 2 }, l)), el('td', { colspan: 5 }, '未经复议直接起诉'), el('td', { colspan: 5 }, '复议后起诉')));
  t.append(el('tr', {}, [...T4_LABELS, ...T4_LABELS].map(l => el('td', {}, l))));
  t.append(el('tr', {}, T4_GROUPS.flatMap(g => T4_COLS.map(c => valueCell('表四', g, c, cells, hits, 1)))));
  return t;
}

// Part text with the evidence of text findings (quoted sentences) highlighted and linked.
function partText(part, findings) {
  const box = el('div', { class: 'part-text', id: 'part-' + part.number });
  let text = part.text || '';
  const marks = findings.filter(f => {
    const l = f.finding.location || {};
    return !l.row && f.finding.evidence && f.finding.evidence.length >= 4 && text.includes(f.finding.evidence);
  });
  const spans = [];
  for (const f of marks) {
    const at = text.indexOf(f.finding.evidence);
    if (spans.some(s => at < s.end && at + f.finding.evidence.length > s.start)) continue;
    spans.push({ start: at, end: at + f.finding.evidence.length, f });
  }
  spans.sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const s of spans) {
    box.append(text.slice(pos, s.start));
    const m = el('mark', { class: 'quote' + (s.f.review && s.f.review.decision === 'DISMISSED' ? ' dismissed' : ''),
      title: s.f.finding.ruleId + ' ' + s.f.finding.message, onclick: () => focusFinding(s.f.fingerprint) }, text.slice(s.start, s.end));
    box.append(m);
    pos = s.end;
  }
  box.append(text.slice(pos));
  return box;
}

function focusFinding(fp) {
  const node = document.getElementById('f-' + fp);
  if (!node) return;
  node.scrollIntoView({ behavior: 'smooth', block: 'center' });
  node.classList.add('flash');
  setTimeout(() => node.classList.remove('flash'), 1500);
}

function findingCard(id, f) {
  const x = f.finding;
  const comment = el('input', { placeholder: '复核意见（驳回时必填）', class: 'comment' });
  const reviewer = me && me.roles.includes('reviewer');
  const decide = async decision => {
    try {
      await api('/api/submissions/' + id + '/findings/' + f.fingerprint + '/review', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ decision, comment: comment.value }) });
      await reportPage(id);
      focusFinding(f.fingerprint);
    } catch (err) { alert(err.message); }
  };
  const r = f.review;
  return el('div', { class: ['finding', 'sev-' + x.severity, x.status, f.review && f.review.decision === 'DISMISSED' ? 'dismissed' : ''].join(' '),
    id: 'f-' + f.fingerprint, 'data-rule': x.ruleId },
    el('div', {}, el('strong', {}, x.ruleId + ' ' + (x.ruleName || '')), ' ',
      el('span', { class: 'badge' }, { ERROR: '错误', WARNING: '警告', NOTICE: '提示' }[x.severity] || x.severity), ' ',
      el('span', { class: 'badge' }, x.status === 'FAILED' ? '不符合' : '无法核对'), ' ',
      r ? el('span', { class: 'badge ' + r.decision }, (r.decision === 'DISMISSED' ? '已驳回' : '已确认') + '：' + r.reviewer + ' ' + fmtTime(r.decidedAt) + (r.comment ? '，' + r.comment : '')) : null),
    el('div', {}, x.message),
    el('div', { class: 'meta' }, '位置：', locationLink(x.location), x.evidence ? '　原文：' + x.evidence : ''),
    x.basis ? el('div', { class: 'meta' }, '依据：' + x.basis) : null,
    reviewer && x.status === 'FAILED' ? el('div', { class: 'review' }, comment,
      el('button', { class: 'confirm', onclick: () => decide('CONFIRMED') }, '确认'),
      el('button', { class: 'dismiss', onclick: () => decide('DISMISSED') }, '驳回')) : null);
}

function locationLink(l) {
  if (!l) return '';
  const text = (l.label || '') + (l.page ? ' 第' + l.page + '页' : '') + (l.line ? ' 第' + l.line + '行' : '');
  const target = l.table ? 'table-' + { '表二': 2, '表三': 3, '表四': 4 }[l.table] : l.part ? 'part-' + l.part : null;
  return target ? el('a', { href: 'javascript:void 0', onclick: () => document.getElementById(target)?.scrollIntoView({ behavior: 'smooth' }) }, text) : text;
}

async function reportPage(id) {
  const d = await api('/api/submissions/' + id);
  const s = d.summary;
  const facts = d.check && d.check.factsJson ? d.check.factsJson : null;
  const findings = d.findings || [];
  const cells = cellIndex(facts);
  const hits = findingIndex(findings);
  const reviewer = me && me.roles.includes('reviewer');

  const left = el('div', {});
  if (!facts) left.append(el('p', { class: 'error' }, '无法检查：' + (s.readError || '未解析')));
  else {
    const parts = facts.parts || [];
    const section = (n, title, table) => {
      const p = parts.find(x => x.number === n);
      const wrap = el('section', {}, el('h3', {}, p ? p.heading : title + '（未找到）'));
      if (table) {
        const name = { 2: '表二', 3: '表三', 4: '表四' }[n];
        for (const f of hits.get(name + '|*|*') || []) {
          wrap.append(el('p', { class: 'table-hit sev-' + f.finding.severity + (f.review && f.review.decision === 'DISMISSED' ? ' dismissed' : '') },
            el('a', { href: 'javascript:void 0', onclick: () => focusFinding(f.fingerprint) }, f.finding.ruleId + ' ' + f.finding.message)));
        }
        wrap.append(table);
      }
      else if (p) wrap.append(partText(p, findings));
      return wrap;
    };
    if (facts.report && facts.report.intro) left.append(el('div', { class: 'part-text' }, facts.report.intro));
    left.append(section(1, '一、总体情况'));
    left.append(section(2, '二、主动公开政府信息情况', table2(facts, cells, hits)));
    left.append(section(3, '三、收到和处理政府信息公开申请情况', table3(facts, cells, hits)));
    left.append(section(4, '四、政府信息公开行政复议、行政诉讼情况', table4(facts, cells, hits)));
    left.append(section(5, '五、存在的主要问题及改进情况'));
    left.append(section(6, '六、其他需要报告的事项'));
  }

  const failed = findings.filter(f => f.finding.status === 'FAILED');
  const uncertain = findings.filter(f => f.finding.status !== 'FAILED');
  const right = el('div', {},
    el('div', { class: 'panel' },
      el('div', {}, '得分 ', el('span', { class: 'score', id: 'report-score' }, score(s.score)), ' ',
        el('span', { class: 'grade-' + s.grade, id: 'report-grade' }, s.grade || '')),
      s.checkedScore !== null && String(s.checkedScore) !== String(s.score) ? el('div', { class: 'hint' }, '规则评分 ' + score(s.checkedScore) + '，复核后 ' + score(s.score)) : null,
      el('div', { class: 'hint' }, '规则版本 ' + (s.ruleSetVersion || '—') + '，检查于 ' + fmtTime(s.checkedAt)),
      el('div', { class: 'filters' },
        el('button', { onclick: () => download('/api/exports/' + id + '?format=html') }, '问题清单（HTML）'),
        el('button', { onclick: () => download('/api/exports/' + id + '?format=xlsx') }, 'XLSX'),
        el('button', { onclick: () => download('/api/exports/' + id + '?format=csv') }, 'CSV'),
        el('button', { onclick: () => download('/api/exports/' + id + '?format=json') }, 'JSON'),
        el('button', { onclick: () => download('/api/submissions/' + id + '/file') }, '原文件'),
        reviewer ? el('button', { id: 'recheck', onclick: async () => { await api('/api/submissions/' + id + '/recheck', { method: 'POST' }); reportPage(id); } }, '按现行规则复查') : null)),
    el('h3', {}, '问题（' + failed.length + '）'), failed.map(f => findingCard(id, f)),
    uncertain.length ? [el('h3', {}, '无法核对（' + uncertain.length + '）'), uncertain.map(f => findingCard(id, f))] : null,
    d.history && d.history.length > 1 ? el('div', { class: 'panel' }, el('h3', {}, '检查历史'),
      el('ul', {}, d.history.map(h => el('li', {}, fmtTime(h.checkedAt) + ' 规则版本 ' + h.ruleSetVersion + ' 得分 ' + score(h.score))))) : null);

  app.replaceChildren(
    el('p', {}, el('a', { href: '#/' }, '← 成绩榜')),
    el('h2', { id: 'report-title' }, s.title || s.fileName),
    el('p', { class: 'hint' }, '机关：' + (s.agency || '未识别') + '　年度：' + (s.year || '未识别') + '　文件：' + s.fileName + '　上传：' + s.uploadedBy + ' ' + fmtTime(s.uploadedAt)),
    el('div', { class: 'cols' }, left, right));
}

// ---------- 规则页 ----------

async function rulesPage() {
  const r = await api('/api/rules');
  const admin = me && me.roles.includes('rule-admin');
  const status = el('div', { id: 'reload-status' }, reloadView(r.lastReload));
  app.replaceChildren(
    el('div', { class: 'panel' }, el('h2', {}, '规则'),
      el('p', {}, '目录：' + r.directory + '　现行版本：' + (r.version || '无') + '　共 ' + r.rules.length + ' 条'),
      admin ? el('button', { id: 'reload', onclick: async () => {
        const o = await api('/api/rules/reload', { method: 'POST' });
        await rulesPage();
        document.getElementById('reload-status').replaceChildren(reloadView(o));
      } }, '重新加载规则') : el('p', { class: 'hint' }, '重新加载需要规则管理员角色。'),
      me && me.roles.includes('reviewer') ? el('button', { id: 'recheck-outdated', onclick: async () => {
        const o = await api('/api/submissions/recheck-outdated', { method: 'POST' });
        alert('已按现行规则复查 ' + o.rechecked + ' 份报告');
      } }, '按现行规则复查全部报告') : null,
      status),
    el('table', { class: 'list', id: 'rules' }, el('tr', {}, ['编号', '名称', '严重程度', '依据', '说明', '文件'].map(h => el('th', {}, h))),
      r.rules.map(x => el('tr', {}, el('td', {}, x.id), el('td', {}, x.name), el('td', {}, x.severity), el('td', {}, x.basis),
        el('td', {}, x.description), el('td', {}, x.file || '')))));
}

function reloadView(o) {
  if (!o) return el('p', {}, '尚未加载。');
  if (o.ok) return el('p', { class: 'ok' }, fmtTime(o.at) + ' ' + o.trigger + '：已加载版本 ' + o.version + '（' + o.ruleCount + ' 条）');
  return el('div', { class: 'error' }, el('p', {}, fmtTime(o.at) + ' ' + o.trigger + '失败，继续使用版本 ' + (o.version || '（无）') + '：' + o.error),
    el('ul', { class: 'problems' }, (o.problems || []).map(p => el('li', {}, p))));
}

route();
