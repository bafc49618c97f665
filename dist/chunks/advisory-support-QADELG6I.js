import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  DependencyPaths,
  NOTHING_TO_LOOK_UP,
  SEVERITY_OF_WORD,
  advisoryLabel,
  describePath,
  gateOutcome,
  idsLabel,
  imageFixState,
  imageMatchFields,
  imagePackageLabel,
  imageUnknowns,
  introducedView,
  judged,
  matchFields,
  matchSeverity,
  nothingToCheck,
  sourceLabel,
  uncheckedResults,
  withImages
} from "./chunk-GMWDHYXJ.js";
import "./chunk-RQ4SWRSA.js";
export {
  DependencyPaths,
  NOTHING_TO_LOOK_UP,
  SEVERITY_OF_WORD,
  advisoryLabel,
  describePath,
  gateOutcome,
  idsLabel,
  imageFixState,
  imageMatchFields,
  imagePackageLabel,
  imageUnknowns,
  introducedView,
  judged,
  matchFields,
  matchSeverity,
  nothingToCheck,
  sourceLabel,
  uncheckedResults,
  withImages
};
