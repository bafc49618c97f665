import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-TITGSPWO.js";

// src/event-payload.ts
import fs from "node:fs";
function readEventPayload(env) {
  const name = env.GITHUB_EVENT_NAME;
  const file = env.GITHUB_EVENT_PATH;
  if (!name) return null;
  if (!file || !fs.existsSync(file)) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(fs.readFileSync(file, "utf8")) };
  } catch (error) {
    throw new ConfigurationError(`cannot read the event payload: ${error.message}`, { file });
  }
}

export {
  readEventPayload
};
