// Runs one JavaScript test in node, inside the sandbox: argv = [report fd, test name].
// The Python harness (harness_py.py) starts one node per test; this file is its -e script.
const fs = require("fs");
const [fd, name] = process.argv.slice(1);
const done = (outcome, message) => {
  try { fs.writeSync(Number(fd), JSON.stringify({ outcome, message })); } finally { process.exit(0); }
};
const describe = (e) => {
  const text = String((e && e.message) || e).trim().split("\n").filter(Boolean).slice(0, 6).join(" ");
  const at = /tests\.js:(\d+)/.exec(String(e && e.stack));
  const kind = (e && e.name) || "Error";
  return (kind + ": " + text).slice(0, 590) + (at ? " (tests line " + at[1] + ")" : "");
};
process.chdir("/tmp/work");
(async () => {
  try {
    const tests = require("/tmp/work/tests.js");
    await tests[name]();
    done("passed", "");
  } catch (e) {
    if (e instanceof RangeError && /alloc|Invalid (array|typed array|string) length/i.test(e.message)) {
      done("memory", "RangeError: the memory limit was reached");
    }
    done("failed", describe(e));
  }
})();
