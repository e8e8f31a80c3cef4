package canary.layer03.socialcare.application;

public class OpenCase {
}
