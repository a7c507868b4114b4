"""Page views counted per day on the server, without cookies or anything that identifies a reader."""
