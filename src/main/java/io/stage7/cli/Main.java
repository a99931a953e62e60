package io.stage7.cli;
public final class Main { public static void main(String[] a) { System.out.println(io.stage7.syntax.internal.Stage7Parser.class); } }
