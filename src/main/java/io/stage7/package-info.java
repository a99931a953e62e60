/**
 * The embedding API: {@link io.stage7.Rules} loads and compiles a rules directory once
 * (problems come back as diagnostics, not exceptions), builds records, evaluates them to
 * decisions from any number of threads, reads data files and runs the rules' tests. Depends on
 * every library package below it ({@code syntax}, {@code check}, {@code eval} and its
 * evaluators, {@code records}, {@code ruletest}); nothing depends on it but the CLI and
 * {@code sfdx}, which loads the rules it imports and exports through it.
 */
package io.stage7;
