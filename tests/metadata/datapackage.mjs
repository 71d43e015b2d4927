// Validates the data packages of release folders as Frictionless tools read them:
//  - datapackage.json against the published Data Package profiles, versions 1.0 and 2.0
//    (JSON Schema), each table's schema and dialect against Table Schema and Table Dialect;
//  - with the Frictionless library (datapackage-js): the package loads as valid, and every
//    row of every tabular resource casts to its schema (types, constraints, primary key);
//  - every resource's file exists and has the bytes and the sha256 hash the package states.
//   node datapackage.mjs PROFILES_DIR FOLDER [FOLDER ...]
// Exit status: 0 when all hold, 1 when one does not, 2 on bad usage.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Package } from 'datapackage';

const [profiles, ...folders] = process.argv.slice(2);
if (!profiles || !folders.length) {
  console.error('usage: node datapackage.mjs PROFILES_DIR FOLDER...');
  process.exit(2);
}

const validators = {};
for (const version of ['1.0', '2.0']) {
  validators[version] = {};
  for (const name of ['datapackage', 'tableschema', 'tabledialect']) {
    const schema = JSON.parse(fs.readFileSync(path.join(profiles, version, name + '.json'), 'utf8'));
    delete schema.$schema; // draft-07, which Ajv speaks by default
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat('textarea', true); // an editor's hint of the profiles, not a check
    validators[version][name] = ajv.compile(schema);
  }
}

let problems = 0;
const problem = (folder, text) => {
  problems++;
  console.log(`  ${folder}: ${text}`);
};
const check = (folder, what, validate, value) => {
  if (!validate(value))
    for (const e of validate.errors) problem(folder, `${what}: ${e.instancePath || '/'} ${e.message}`);
};

for (const folder of folders) {
  const file = path.join(folder, 'datapackage.json');
  const descriptor = JSON.parse(fs.readFileSync(file, 'utf8'));
  const before = problems;
  for (const version of ['1.0', '2.0']) {
    const v = validators[version];
    check(folder, `Data Package ${version}`, v.datapackage, descriptor);
    for (const r of descriptor.resources ?? []) {
      if (r.schema) check(folder, `Table Schema ${version} of ${r.name}`, v.tableschema, r.schema);
      if (r.dialect) check(folder, `Table Dialect ${version} of ${r.name}`, v.tabledialect, r.dialect);
    }
  }
  for (const r of descriptor.resources ?? []) {
    const bytes = fs.readFileSync(path.join(folder, r.path));
    if (r.bytes !== bytes.length) problem(folder, `${r.path}: ${bytes.length} bytes, the package says ${r.bytes}`);
    const hash = 'sha256:' + crypto.createHash('sha256').update(bytes).digest('hex');
    if (r.hash !== hash) problem(folder, `${r.path}: hash ${hash}, the package says ${r.hash}`);
  }
  const dataPackage = await Package.load(file, { strict: false });
  if (!dataPackage.valid)
    for (const e of dataPackage.errors) problem(folder, `Frictionless: ${e.message}`);
  let rows = 0;
  for (const resource of dataPackage.resources) {
    if (!resource.tabular) continue;
    try {
      const table = await resource.read({ cast: true, keyed: true });
      rows += table.length;
      // the primary key holds: no two rows share it
      const key = resource.schema.primaryKey ?? [];
      const seen = new Set();
      for (const row of table) {
        const k = JSON.stringify(key.map((f) => row[f]));
        if (seen.has(k)) problem(folder, `${resource.name}: the primary key ${k} repeats`);
        seen.add(k);
      }
    } catch (e) {
      const inner = e.errors ? e.errors.map((x) => x.message).join('; ') : '';
      problem(folder, `${resource.name}: a row does not match its schema: ${e.message} ${inner}`);
    }
  }
  console.log(`${folder}: ${descriptor.resources.length} resources, ${rows} rows read, ` +
              `${problems === before ? 'valid' : problems - before + ' problems'}`);
}
process.exit(problems ? 1 : 0);
