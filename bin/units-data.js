#!/usr/bin/env node
// Rebuilds src/domain/units/data/vn-2025-07-01.json, Vietnam's communes, wards and special zones
// from 1 July 2025 with their predecessors, from a checkout of the public dataset dvhcvn/20250701
// (MIT licence; https://github.com/dvhcvn/20250701):
//   git clone https://github.com/dvhcvn/20250701 /tmp/dvhcvn && node bin/units-data.js /tmp/dvhcvn
// Its new→old mapping (mapping/merges.json) gives each new unit's predecessors, whole or in part;
// the former district of each predecessor comes from its address (output/<province>/<district>/<code>.json).
// Every province and unit is cross-checked against the statistics office's code lists the dataset
// carries (915/CTK-CSCL for provinces, 1027/CTK-CSCL for communes): a code or name that differs
// stops the build, naming it.
const fs = require('fs');
const path = require('path');

const OUT = path.resolve(__dirname, '..', 'src', 'domain', 'units', 'data', 'vn-2025-07-01.json');
const KIND = { Xã: 'xa', Phường: 'phuong', Đặc: 'dac-khu' };

/** Names compared as the code lists and the mapping write them: NFC, one space, no line break. */
const same = (a, b) => norm(a) === norm(b);
function norm(s) {
  return s
    .normalize('NFC')
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('vi');
}

/** A province's own name, without "Tỉnh", "Thành phố" or "Tp" before it (the code lists write it either way). */
const sameProvince = (a, b) => norm(a).replace(/^(tỉnh|thành phố|tp\.?) /, '') === norm(b).replace(/^(tỉnh|thành phố|tp\.?) /, '');

/** 915/CTK-CSCL: "Stt,Mã số,Tên 34 tỉnh sau sáp nhập". */
function provinceCodes(src) {
  const lines = fs
    .readFileSync(path.join(src, 'input', 'docs', '915_CTK-CSCL.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(1);
  return new Map(
    lines
      .filter((l) => l.trim())
      .map((l) => {
        const [, code, ...name] = l.split(',');
        return [code.trim(), name.join(',').trim()];
      }),
  );
}

/** 1027/CTK-CSCL: the table rows "| Stt | Mã số | Tên | Tỉnh |", by code. */
function communeCodes(src) {
  const text = fs.readFileSync(path.join(src, 'input', 'docs', '1027_CTK-CSCL.md'), 'utf8');
  const out = new Map();
  for (const line of text.split(/\r?\n/)) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 6 || !/^\d{5}$/.test(cells[2])) continue;
    if (out.has(cells[2])) throw new Error(`1027/CTK-CSCL: mã ${cells[2]} xuất hiện hai lần`);
    out.set(cells[2], {
      name: cells[3]
        .replace(/<br\s*\/?>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
      province: cells[4],
    });
  }
  return out;
}

/** Each earlier commune's address ("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội"), and each district's, by its code. */
function formerAddresses(src) {
  const out = new Map();
  const root = path.join(src, 'output');
  for (const province of fs.readdirSync(root)) {
    const pdir = path.join(root, province);
    if (!fs.statSync(pdir).isDirectory()) continue;
    for (const district of fs.readdirSync(pdir)) {
      // A district's own entry ("318.json") sits beside its folder of communes: an island district
      // without communes (Bạch Long Vĩ, Côn Đảo…) became a special zone as a whole.
      if (!fs.statSync(path.join(pdir, district)).isDirectory()) {
        const { address } = JSON.parse(fs.readFileSync(path.join(pdir, district), 'utf8'));
        out.set(
          path.basename(district, '.json'),
          address.split(',').map((s) => s.trim()),
        );
        continue;
      }
      for (const file of fs.readdirSync(path.join(pdir, district))) {
        const { address } = JSON.parse(fs.readFileSync(path.join(pdir, district, file), 'utf8'));
        out.set(
          path.basename(file, '.json'),
          address.split(',').map((s) => s.trim()),
        );
      }
    }
  }
  return out;
}

function build(src) {
  const provinces = provinceCodes(src);
  const communes = communeCodes(src);
  const addresses = formerAddresses(src);
  const merges = JSON.parse(fs.readFileSync(path.join(src, 'mapping', 'merges.json'), 'utf8')).data;
  const problems = [];
  const seen = new Set();
  const data = merges.map((p) => {
    if (!sameProvince(provinces.get(p.level1_id) ?? '', p.name))
      problems.push(`tỉnh ${p.level1_id} "${p.name}" ≠ 915: "${provinces.get(p.level1_id)}"`);
    const units = p.level2s.map((u) => {
      const listed = communes.get(u.level2_id);
      if (!listed || !same(listed.name, u.name)) problems.push(`xã ${u.level2_id} "${u.name}" ≠ 1027: "${listed?.name}"`);
      else if (!sameProvince(listed.province, p.name))
        problems.push(`xã ${u.level2_id} thuộc "${listed.province}" theo 1027, "${p.name}" theo bảng`);
      seen.add(u.level2_id);
      const kind = KIND[u.name.split(' ')[0]];
      if (!kind) problems.push(`xã ${u.level2_id} "${u.name}": không rõ loại`);
      if (!u.merges.length) problems.push(`xã ${u.level2_id} "${u.name}": không có đơn vị trước đó`);
      const from = u.merges.map((m) => {
        const address = addresses.get(m.old_id);
        if (!address) problems.push(`xã cũ ${m.old_id} "${m.name}" (của ${u.level2_id}): không có địa chỉ`);
        // [code, name, former district, former province, 1 whole / 0 in part]
        return [m.old_id, m.name, address?.[address.length - 2] ?? '', address?.[address.length - 1] ?? '', m.type === 'full' ? 1 : 0];
      });
      return [u.level2_id, u.name, kind, from];
    });
    return { code: p.level1_id, name: p.name, units };
  });
  for (const code of communes.keys())
    if (!seen.has(code)) problems.push(`1027 có xã ${code} "${communes.get(code).name}" mà bảng không có`);
  if (problems.length) throw new Error(`${problems.length} chỗ không khớp:\n${problems.slice(0, 40).join('\n')}`);
  return {
    effective: '2025-07-01',
    source:
      'dvhcvn/20250701 (MIT, https://github.com/dvhcvn/20250701): mapping/merges.json; mã theo 915/CTK-CSCL và 1027/CTK-CSCL; Quyết định 19/2025/QĐ-TTg',
    columns: ['code', 'name', 'kind', 'from: [code, name, former district, former province, whole 1 / in part 0]'],
    provinces: data,
  };
}

if (require.main === module) {
  const src = process.argv[2];
  if (!src || !fs.existsSync(path.join(src, 'mapping', 'merges.json')))
    throw new Error('Cách dùng: node bin/units-data.js THƯ-MỤC (bản sao của https://github.com/dvhcvn/20250701)');
  const data = build(src);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `${JSON.stringify(data)}\n`);
  const units = data.provinces.reduce((n, p) => n + p.units.length, 0);
  console.log(`Đã ghi ${path.relative(process.cwd(), OUT)}: ${data.provinces.length} tỉnh, ${units} đơn vị cấp xã.`);
}

module.exports = { build };
