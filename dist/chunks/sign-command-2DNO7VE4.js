import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-X5IJSGMA.js";

// src/cli/sign-command.ts
async function signCommand(_argv, _io) {
  throw new ConfigurationError("chaingate sign is not available in this build yet");
}
export {
  signCommand
};
