import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-YLW35JZ6.js";
import "./chunk-DZFGR2TT.js";
import "./chunk-YWXQ6DPQ.js";
import "./chunk-6K65AC76.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  explainYamlFailure
};
