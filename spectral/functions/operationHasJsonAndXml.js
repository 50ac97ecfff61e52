// Each operation must show both representations: a plain path in its own success response, a path
// with a `.json` or `.xml` suffix in the one its suffix selects.
const VERBS = ['get', 'put', 'post', 'delete', 'patch'];

function successMedia(operation) {
  const media = new Set();
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (!status.startsWith('2')) continue;
    for (const [type, entry] of Object.entries(response?.content ?? {})) {
      if (entry.example !== undefined || Object.keys(entry.examples ?? {}).length > 0) media.add(type);
    }
  }
  return media;
}

export default function operationHasJsonAndXml(pathItem, _opts, context) {
  const path = String(context.path[context.path.length - 1]);
  const wanted = path.endsWith('.json') ? ['application/json'] : path.endsWith('.xml') ? ['text/xml'] : ['application/json', 'text/xml'];
  const results = [];
  for (const verb of VERBS) {
    const operation = pathItem?.[verb];
    if (!operation) continue;
    const media = successMedia(operation);
    for (const type of wanted) {
      if (!media.has(type)) {
        results.push({ message: `${verb.toUpperCase()} ${path} has no ${type} example for its success response.`, path: [...context.path, verb] });
      }
    }
  }
  return results;
}
