/**
 * Reads GitHub workflow commands (`::error file=…,line=…::message`) back, undoing GitHub's
 * escaping, so tests can check what a pull request will show on which line.
 */
export interface Annotation {
  level: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

export function parseAnnotations(output: string): Annotation[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
      if (!match) throw new Error(`Not a workflow command: ${line}`);
      const properties = Object.fromEntries(
        match[2]!.split(',').map((pair) => {
          const at = pair.indexOf('=');
          return [pair.slice(0, at), unescapeProperty(pair.slice(at + 1))];
        }),
      );
      return { level: match[1]!, properties, message: unescapeData(match[3]!) };
    });
}
