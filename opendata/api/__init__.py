"""The public JSON API (/api/v1/): regions, places, topics, organisations and every listing type, read-only."""
