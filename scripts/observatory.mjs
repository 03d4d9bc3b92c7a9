// Grades a running production-mode server with the MDN HTTP Observatory, offline,
// and checks its Content-Security-Policy with Google's CSP Evaluator.
//
//   node scripts/observatory.mjs [--host localhost] [--http-port 80] [--https-port 443]
//                                [--path /ar/] [--ca ca.pem]
//
// The Observatory's scan() always connects to ports 80 and 443 and checks the
// live HSTS preload list; this script calls its retriever with the ports given
// and runs its tests and grading the way scan() does, with an empty preload
// list, so the grade depends on the headers the site sends and nothing else.
// --ca names the certificate authority of a self-signed test certificate.
//
// How the grade in README "Security" was measured (as root, ports 80 and 443 free):
//
//   npm install --ignore-scripts        # the Observatory's install scripts fetch lists online
//   export DJANGO_DEBUG=0 DJANGO_SECRET_KEY=$(openssl rand -hex 32) \
//          DJANGO_SITE_URL=https://localhost DJANGO_ALLOWED_HOSTS=localhost \
//          DATABASE_URL=sqlite:////tmp/cndh-observatory.sqlite3
//   .venv/bin/python manage.py migrate && .venv/bin/python manage.py load_demo
//   .venv/bin/python manage.py collectstatic --noinput
//   openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=cndh-test-ca \
//       -addext basicConstraints=critical,CA:TRUE -keyout /tmp/ca.key -out /tmp/ca.pem
//   openssl req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout /tmp/site.key -out /tmp/site.csr
//   openssl x509 -req -in /tmp/site.csr -CA /tmp/ca.pem -CAkey /tmp/ca.key -days 2 \
//       -extfile <(echo subjectAltName=DNS:localhost) -out /tmp/site.pem
//   .venv/bin/gunicorn cndh.wsgi -b 127.0.0.1:443 --certfile /tmp/site.pem --keyfile /tmp/site.key &
//   .venv/bin/gunicorn cndh.wsgi -b 127.0.0.1:80 &        # plain HTTP: Django redirects to HTTPS
//   node scripts/observatory.mjs --ca /tmp/ca.pem
//
// Exits with 1 when an Observatory test fails or the evaluator finds a high-severity problem
// or a syntax error.

import { writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import path from "node:path";
import { spawnSync } from "node:child_process";

const require = createRequire(import.meta.url);
const observatory = path.dirname(require.resolve("@mdn/mdn-http-observatory/package.json"));

const { values: options } = parseArgs({
  options: {
    host: { type: "string", default: "localhost" },
    "http-port": { type: "string", default: "80" },
    "https-port": { type: "string", default: "443" },
    path: { type: "string", default: "/ar/" },
    ca: { type: "string" },
  },
});

// The Observatory reads the HSTS preload list from this file, which its install script
// would download; empty, no host counts as preloaded and HSTS is graded on the header.
const preload = path.join(observatory, "conf", "hsts-preload.json");
if (!existsSync(preload)) writeFileSync(preload, "{}");

// Node reads extra certificate authorities only at start: run again with the test one.
if (options.ca && process.env.NODE_EXTRA_CA_CERTS !== path.resolve(options.ca)) {
  const env = { ...process.env, NODE_EXTRA_CA_CERTS: path.resolve(options.ca) };
  const run = spawnSync(process.execPath, process.argv.slice(1), { env, stdio: "inherit" });
  process.exit(run.status ?? 2);
}

const load = (file) => import(path.join(observatory, "src", file));
const { retrieve } = await load("retriever/retriever.js");
const { ALL_TESTS, NUM_TESTS } = await load("constants.js");
const { getGradeForScore, getScoreModifier, getScoreDescription } = await load("grader/grader.js");
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load("grader/charts.js");

const requests = await retrieve(options.host, {
  httpPort: Number(options["http-port"]),
  httpsPort: Number(options["https-port"]),
  path: options.path,
});
if (!requests.responses.auto) {
  console.error(`Nothing answered at ${options.host}.`);
  process.exit(2);
}

// As scan() does: every test adds its modifier; bonuses count only once the rest earns an A.
let withBonus = 100;
let withoutBonus = 100;
let failed = 0;
const rows = ALL_TESTS.map((test) => {
  const output = test(requests);
  const modifier = getScoreModifier(output.result);
  withBonus += modifier;
  if (modifier < 0) withoutBonus += modifier;
  if (!output.pass) failed += 1;
  const why = getScoreDescription(output.result).replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
  return { test: output.constructor.name, pass: output.pass, modifier, result: output.result, why };
});
const { grade, score } = getGradeForScore(withoutBonus >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonus : withoutBonus);

const headers = requests.responses.auto.headers;
console.log(`${requests.session.url.href}  HTTP ${requests.responses.auto.status}`);
console.table(rows);
console.log(`Observatory: grade ${grade}, score ${score}, ${NUM_TESTS - failed}/${NUM_TESTS} tests passed`);

// CSP Evaluator (the checker behind Google's csp-evaluator.withgoogle.com) on the policy as served.
const { CspParser } = require("csp_evaluator/dist/parser.js");
const { CspEvaluator } = require("csp_evaluator/dist/evaluator.js");
const { Severity } = require("csp_evaluator/dist/finding.js");
const policy = headers["content-security-policy"] ?? headers["content-security-policy-report-only"] ?? "";
const findings = new CspEvaluator(new CspParser(policy).csp).evaluate();
const severities = Object.fromEntries(Object.entries(Severity).map(([name, value]) => [value, name]));
console.log(`CSP: ${policy}`);
console.table(
  findings.map((f) => ({ severity: severities[f.severity], directive: f.directive, value: f.value, why: f.description })),
);
const serious = findings.filter((f) => f.severity <= Severity.SYNTAX);
console.log(`CSP Evaluator: ${findings.length} findings, ${serious.length} of high severity or syntax errors`);

process.exit(failed || serious.length ? 1 : 0);
