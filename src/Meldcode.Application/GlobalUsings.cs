// What nearly every use case uses; a file names only what is particular to it.
global using FluentValidation;
global using MediatR;
global using Meldcode.Application.Common.Exceptions;
global using Meldcode.Application.Common.Interfaces;
global using Meldcode.Application.Common.Persistence;
global using Meldcode.Application.Common.Security;
global using Meldcode.Application.Common.Validation;
global using Meldcode.Domain.Common;
global using Microsoft.EntityFrameworkCore;
global using Meldcode.Application.AccessLog;
global using Meldcode.Domain.AccessLog;
