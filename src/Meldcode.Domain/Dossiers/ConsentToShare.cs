namespace Meldcode.Domain.Dossiers;

public enum ConsentToShare
{
    NotAsked = 1,
    AskedAndGiven = 2,
    AskedAndRefused = 3,
}
