import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-WD6BUQ2A.js";
import "./chunk-T4GTQK7R.js";
import "./chunk-QNMRLTAO.js";
import "./chunk-RGWR4EGC.js";
import "./chunk-OUB4FZQB.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-5KCMDAS2.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
