// npm run validate: runs the validator's prebuilt bundle (src/cli/validator-bundle.mjs), built on first use.
import { pathToFileURL } from 'node:url';
import { ensureValidatorBundle } from '../src/cli/validator-bundle.mjs';

await import(pathToFileURL(await ensureValidatorBundle()).href);
