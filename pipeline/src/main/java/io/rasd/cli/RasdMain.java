package io.rasd.cli;
public class RasdMain { public static void main(String[] a) { System.out.println("stub"); } }
