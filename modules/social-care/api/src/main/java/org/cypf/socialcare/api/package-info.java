/**
 * Children's social care's published language: its use cases (ports in), their commands and views, the measures
 * it computes for governance and the integration events it publishes. Other contexts may use this package and
 * nothing else of social care.
 */
package org.cypf.socialcare.api;
