namespace Meldcode.Domain.Dossiers;

public sealed record ReportInput(
    DateOnly ReportedOn,
    string Region,
    string ContactPerson,
    string? Reference,
    string WhatWasReported,
    bool ClientInformed,
    OpenReportingException? Exception,
    string? ExceptionExplanation);
