package io.stage7.cli;

/** What a command prints on stdout: a table for people, or JSON for scripts. */
enum OutputFormat { text, json }
