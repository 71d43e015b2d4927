// Validates RDF files (JSON-LD, Turtle) against SHACL shapes and prints every result.
//   node shacl.mjs SHAPES.ttl [SHAPES.ttl ...] --data FILE [FILE ...]
// Every IRI must be absolute once resolved against the file's address.
// Exit status: 0 when every file conforms, 1 when one does not, 2 when a file cannot be read.
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';

const shapeFiles = [];
const dataFiles = [];
let into = shapeFiles;
for (const arg of process.argv.slice(2)) {
  if (arg === '--data') into = dataFiles;
  else into.push(arg);
}
if (!shapeFiles.length || !dataFiles.length) {
  console.error('usage: node shacl.mjs SHAPES... --data FILE...');
  process.exit(2);
}

const local = (term) => (term ? term.value.replace(/^.*[#/]/, '') : '');
let failed = false;
try {
  const shapes = rdf.dataset();
  for (const f of shapeFiles) shapes.addAll(await rdf.dataset().import(rdf.fromFile(f)));
  const validator = new SHACLValidator(shapes, { factory: rdf });
  for (const f of dataFiles) {
    // relative addresses resolve against the file's own, as a harvester resolves them
    // against the address it fetched the file from
    const data = await rdf.dataset().import(rdf.fromFile(f, { implicitBaseIRI: true }));
    for (const quad of data)
      for (const term of [quad.subject, quad.predicate, quad.object])
        if (term.termType === 'NamedNode' && !/^[a-z][a-z0-9+.-]*:/i.test(term.value)) {
          failed = true;
          console.log(`  not an absolute IRI: ${term.value}`);
        }
    const report = await validator.validate(data);
    console.log(`${f}: ${data.size} triples, ${report.conforms ? 'conforms' : report.results.length + ' results'}`);
    for (const r of report.results) {
      failed = true;
      console.log(`  ${local(r.severity)} at ${r.focusNode?.value} ${r.path?.value ?? ''}: ` +
                  `${local(r.sourceConstraintComponent)} ${r.message.map((m) => m.value).join('; ')} ` +
                  `(value: ${r.value?.value ?? '-'})`);
    }
  }
} catch (e) {
  console.error(`cannot validate: ${e.message}`);
  process.exit(2);
}
process.exit(failed ? 1 : 0);
