package canary.ctx09.governance;

public class GovernanceContext {
}
