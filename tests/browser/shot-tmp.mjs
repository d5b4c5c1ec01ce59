import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage();
for (const f of ["complete", "overview"]) {
  await p.goto(`file:///tmp/ref/html/nl/${f}.html`);
  await p.pdf({ path: `/tmp/pdf/${f}.pdf`, preferCSSPageSize: true });
}
const dup = await p.evaluate(() => 0);
await p.goto("file:///tmp/ref/html/nl/complete.html");
const r = await p.evaluate(() => {
  const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
  const seen = new Set(); const dups = ids.filter((i) => seen.has(i) || !seen.add(i));
  const broken = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute("href").slice(1)).filter((h) => h && !document.getElementById(h));
  const external = [...document.querySelectorAll("main a[href]")].map((a) => a.getAttribute("href")).filter((h) => !h.startsWith("#") && !h.startsWith("http"));
  return { dups: [...new Set(dups)].slice(0, 10), broken: [...new Set(broken)].slice(0, 10), external: [...new Set(external)].slice(0, 10) };
});
console.log(JSON.stringify(r));
await b.close();
