// Judges one conformance scenario run: node verdict.mjs DIR SUITE SIDE SCENARIO EXPECTED-FILE.
// Prints "ok N checks" (", K allowed" when expected failures were used) or what failed.
// A check passes when it is SUCCESS or INFO; WARNING, SKIPPED and FAILURE pass only when
// the expected-failures file lists "SUITE SIDE SCENARIO CHECK-ID STATUS # reason" (CHECK-ID
// may be * for every check of the scenario). NO-SUCCESS lets a scenario end with no SUCCESS.
// Listed expectations that did not happen are reported so the list can shrink.
import fs from "node:fs";
import path from "node:path";

const [dir, suite, side, scenario, expectedFile] = process.argv.slice(2);
const expected = [];
for (const [i, raw] of fs.readFileSync(expectedFile, "utf8").split("\n").entries()) {
  const line = raw.trim();
  if (!line || line.startsWith("#")) continue;
  const hash = line.indexOf("#");
  const fields = (hash < 0 ? line : line.slice(0, hash)).trim().split(/\s+/);
  if (fields.length !== 5 || hash < 0 || !line.slice(hash + 1).trim()) {
    console.log(`expected-failures.txt:${i + 1}: needs "suite side scenario check status # reason"`);
    process.exit(0);
  }
  const [s, sd, sc, check, status] = fields;
  if (s === suite && sd === side && sc === scenario) expected.push({ check, status, used: false });
}
const allowedFor = (c) => expected.find((e) => e.status === c.status && (e.check === "*" || e.check === c.id));

const files = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name === "checks.json") files.push(p);
  }
})(dir);
if (!files.length) {
  console.log("no checks.json written");
  process.exit(0);
}
const checks = files.flatMap((f) => JSON.parse(fs.readFileSync(f, "utf8")));
const bad = [];
let allowed = 0;
for (const c of checks) {
  if (c.status === "SUCCESS" || c.status === "INFO") continue;
  const e = allowedFor(c);
  if (e) {
    e.used = true;
    allowed++;
    console.error(`allowed ${c.status} ${c.id}: ${c.errorMessage || c.description}`);
  } else bad.push(`${c.status} ${c.id}: ${c.errorMessage || c.description}`);
}
const successes = checks.filter((c) => c.status === "SUCCESS").length;
const noSuccess = expected.find((e) => e.status === "NO-SUCCESS");
if (!successes && noSuccess) noSuccess.used = true;
for (const e of expected)
  if (!e.used && !["EXIT", "LEFT-OUT"].includes(e.status))
    console.error(`note: expected ${e.status} ${scenario} ${e.check} did not happen; remove it from expected-failures.txt`);
if (bad.length) console.log(bad.join("; "));
else if (!successes && !noSuccess && !allowed) console.log("no successful check");
else console.log(`ok ${checks.length} checks${allowed ? `, ${allowed} allowed` : ""}`);
