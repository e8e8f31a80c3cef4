/**
 * The api of the developers' guide's worked example (docs/guides/developers-add-a-use-case.md): private fostering
 * arrangements notified to the council. It lives in social care's test tree so the guide's code is real, compiled
 * and tested code without being a capability the application serves.
 */
package org.cypf.socialcare.api.privatefostering;
