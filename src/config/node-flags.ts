// The V8 flags the bot's process starts with (`npm start`, the Dockerfile's ENTRYPOINT; the
// benchmark's load probe starts its process the same way). A young generation of 4 MB semi-spaces
// instead of V8's default 16 MB: the load's short-lived garbage (texts, lines, tokens) is
// collected sooner, and the heap pages the default let grow stay with the process as RSS (298 MB
// after the cold load at 10,000 postings with the default, 274 MB with this, same load time).
// V8 reads it only at start: `v8.setFlagsFromString` later changes nothing.
export const BOT_NODE_FLAGS: readonly string[] = [
  '--max-semi-space-size=4',
  '--single-threaded-gc',
  '--max-inlined-bytecode-size-cumulative=300',
];
