/**
 * Salesforce in and out: reads an SFDX source tree (object fields, validation rules, global and
 * standard value sets) into Stage7 rules files, and writes rules back as the metadata files
 * Salesforce's CLI deploys. XML is read with the JDK's StAX, DTDs and external entities off, so
 * every problem can name its file, line and column. Depends on {@code io.stage7} (the
 * {@link io.stage7.Rules} entry point, to check what it imports and to read what it exports),
 * {@code check} (the checked program's types), {@code ast} (formulas and literals as rules spell
 * them), {@code diag} and {@code output} (atomic output folders); nothing imports it but the CLI.
 * <p>May import: every package but {@code cli}, {@code sim}, {@code scenario}, {@code calendar},
 * {@code records}, {@code ruletest}, {@code eval}. (Read by the architecture test.)
 */
package io.stage7.sfdx;
