/** Allowed: a capability describes itself in its package-info. */
package canary.layer02.socialcare.casework;
