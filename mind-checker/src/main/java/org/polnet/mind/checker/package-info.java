/**
 * The offline MIND checker: a command line that verifies a signed MIND package (and its deltas) and
 * checks one travel document or vehicle against it, without network.
 */
package org.polnet.mind.checker;
