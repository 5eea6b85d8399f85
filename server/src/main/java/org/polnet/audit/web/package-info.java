/**
 * The auditors' pages and API: search and export the trail, verify the chain. AUDITOR role only; every search
 * and export is itself audited.
 */
@org.jspecify.annotations.NullMarked
package org.polnet.audit.web;
