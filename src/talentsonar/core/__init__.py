"""Platform pieces every domain uses: config, database, errors, cache, queue, HTTP."""
