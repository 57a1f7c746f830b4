namespace Meldcode.Domain.Dossiers;

public enum SignalSource
{
    OwnObservation = 1,
    ToldBySomeone = 2,
}
