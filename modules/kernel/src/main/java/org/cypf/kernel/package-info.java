/**
 * The shared kernel: value types and tiny contracts that every context speaks. Pure Java, no libraries.
 * Anything added here binds every context, so it must be a concept all of them share.
 */
package org.cypf.kernel;
