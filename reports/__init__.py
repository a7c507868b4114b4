"""Activity records, statistics and season reports for organisations and coordinators."""
