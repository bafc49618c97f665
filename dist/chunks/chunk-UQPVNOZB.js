import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/inventory/ubuntu-releases.ts
var UBUNTU_LTS_RELEASES = ["6.06", "8.04", "10.04", "12.04", "14.04", "16.04", "18.04", "20.04", "22.04", "24.04", "26.04"];
var LAST_LISTED = [26, 4];
function isLts(release, prettyName) {
  if (UBUNTU_LTS_RELEASES.includes(release)) return true;
  const [year, month] = release.split(".").map(Number);
  const listed = year < LAST_LISTED[0] || year === LAST_LISTED[0] && month <= LAST_LISTED[1];
  if (listed) return false;
  if (prettyName !== void 0) return /\bLTS\b/.test(prettyName);
  return year % 2 === 0 && month === 4;
}
function ubuntuEcosystem(release, options = {}) {
  const match = /^(\d{1,2})\.(\d{2})(?:\.\d+)*$/.exec(release ?? "");
  if (!match) return "Ubuntu";
  const normalized = `${Number(match[1])}.${match[2]}`;
  if (!isLts(normalized, options.prettyName)) return `Ubuntu:${normalized}`;
  return /\+esm/.test(options.version ?? "") ? `Ubuntu:Pro:${normalized}:LTS` : `Ubuntu:${normalized}:LTS`;
}
var UBUNTU_SERIES = {
  warty: "4.10",
  hoary: "5.04",
  breezy: "5.10",
  dapper: "6.06",
  edgy: "6.10",
  feisty: "7.04",
  gutsy: "7.10",
  hardy: "8.04",
  intrepid: "8.10",
  jaunty: "9.04",
  karmic: "9.10",
  lucid: "10.04",
  maverick: "10.10",
  natty: "11.04",
  oneiric: "11.10",
  precise: "12.04",
  quantal: "12.10",
  raring: "13.04",
  saucy: "13.10",
  trusty: "14.04",
  utopic: "14.10",
  vivid: "15.04",
  wily: "15.10",
  xenial: "16.04",
  yakkety: "16.10",
  zesty: "17.04",
  artful: "17.10",
  bionic: "18.04",
  cosmic: "18.10",
  disco: "19.04",
  eoan: "19.10",
  focal: "20.04",
  groovy: "20.10",
  hirsute: "21.04",
  impish: "21.10",
  jammy: "22.04",
  kinetic: "22.10",
  lunar: "23.04",
  mantic: "23.10",
  noble: "24.04",
  oracular: "24.10",
  plucky: "25.04",
  questing: "25.10",
  resolute: "26.04"
};
function ubuntuReleaseOfQualifier(value) {
  const numbered = /^ubuntu-(\d{1,2}\.\d{2})(?:\.\d+)*$/.exec(value);
  if (numbered) return numbered[1];
  const series = value.slice(value.lastIndexOf("/") + 1);
  return Object.hasOwn(UBUNTU_SERIES, series) ? UBUNTU_SERIES[series] : void 0;
}

export {
  ubuntuEcosystem,
  ubuntuReleaseOfQualifier
};
