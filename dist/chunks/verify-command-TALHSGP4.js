import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-X5IJSGMA.js";

// src/cli/verify-command.ts
async function verifyCommand(_argv, _io) {
  throw new ConfigurationError("chaingate verify is not available in this build yet");
}
export {
  verifyCommand
};
