package canary.layer03.socialcare.casework.application;

public class OpenCase {
}
