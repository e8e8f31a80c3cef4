package canary.api01.socialcare.api;

public interface OpenCase {
    CaseView open(String childId);
}
