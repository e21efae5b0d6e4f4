"""The AI layer: providers (builtin, openai, gemini), operations, caching and resilience."""
