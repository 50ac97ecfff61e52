// A response's JSON and XML media types must each carry an example: the mock serves them, and
// consumers read the contract through them.
const MEDIA = ['application/json', 'text/xml'];

export default function mediaTypesHaveExamples(content, _opts, context) {
  const results = [];
  for (const media of MEDIA) {
    const entry = content?.[media];
    if (!entry) continue;
    const hasExample = entry.example !== undefined || (entry.examples && Object.keys(entry.examples).length > 0);
    if (!hasExample) {
      results.push({ message: `${media} response has no example.`, path: [...context.path, media] });
    }
  }
  return results;
}
