# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/france-travail-actualisation.ftl). Draft: to be reviewed by a native speaker.

france-travail-actualisation-title = France Travail: actualizar su situación cada mes

france-travail-actualisation-1-title = Una actualización cada mes
france-travail-actualisation-1-text =
    ¿Busca trabajo con France Travail?
    Cada mes, tiene que hacer su «actualisation» (actualización mensual).
    La actualización es decir a France Travail su situación del mes pasado.
    Hágala aunque nada haya cambiado.
france-travail-actualisation-1-image = Un calendario.
france-travail-actualisation-1-caution =
    Sin actualización, su inscripción en France Travail se termina.
    Sus pagos también se paran.

france-travail-actualisation-1b-title = Cuándo hacer la actualización
france-travail-actualisation-1b-text =
    Puede hacer la actualización del día 28 del mes al 15 del mes siguiente.
    En febrero, empieza el día 26.
france-travail-actualisation-1b-image = Un calendario.
france-travail-actualisation-1b-tip =
    Hágala desde el principio del periodo.
    Así tendrá menos preocupaciones.

france-travail-actualisation-2-title = Conectarse a su espacio personal
france-travail-actualisation-2-text =
    En el sitio francetravail.fr, toque el botón para conectarse.
    Escriba su identificador («identifiant») y su contraseña.
    El identificador es el número o el nombre que le reconoce.
    Está escrito en los documentos de France Travail.
    También puede usar el botón FranceConnect.
france-travail-actualisation-2-image = Una flecha entra por una puerta.
france-travail-actualisation-2-tip = También puede usar en su teléfono la aplicación «Mon espace» (mi espacio) de France Travail.

france-travail-actualisation-3-title = Empezar la actualización
france-travail-actualisation-3-text =
    Su espacio personal es su cuenta en el sitio de France Travail.
    En este espacio, busque el botón con la palabra «actualiser» (actualizar).
    Toque este botón para empezar.
france-travail-actualisation-3-image =
    Su espacio personal en el sitio de France Travail.
    El botón «Actualiser» (actualizar) está rodeado con un círculo.

france-travail-actualisation-4-title = Contestar a las preguntas
france-travail-actualisation-4-text =
    France Travail le hace preguntas sobre el mes pasado.
    ¿Ha trabajado?
    ¿Ha hecho un curso de formación?
    ¿Ha estado de baja por enfermedad?
    Lea bien cada pregunta.
    Conteste «Oui» (sí) o «Non» (no) a cada pregunta.
france-travail-actualisation-4-image = Una burbuja de diálogo con un signo de interrogación.

france-travail-actualisation-5-title = Decir que sigue buscando trabajo
france-travail-actualisation-5-text =
    Una pregunta le pide si sigue buscando trabajo.
    Si todavía busca trabajo, conteste «Oui» (sí).
    Si contesta «Non» (no), su inscripción en France Travail se termina.
    Entonces sus pagos también pueden pararse.
france-travail-actualisation-5-image = Una lista con casillas marcadas.
france-travail-actualisation-5-caution =
    ¿Ha contestado «Non» (no) por error?
    Llame rápido a France Travail al 3949.

france-travail-actualisation-6-title = Si ha trabajado
france-travail-actualisation-6-text =
    Si ha trabajado, escriba el número de horas del mes.
    Escriba también su salario bruto.
    El salario bruto está escrito en su recibo de salario.
france-travail-actualisation-6-image = Una hoja con cantidades de dinero.
france-travail-actualisation-6-caution = Si olvida un trabajo, puede tener que devolver dinero.

france-travail-actualisation-7-title = Confirmar y guardar la prueba
france-travail-actualisation-7-text =
    Vuelva a leer sus respuestas y después toque el botón para confirmar.
    Un mensaje le dice que su actualización está registrada.
    Guarde esta prueba.
    Descárguela o saque una foto de la pantalla.
france-travail-actualisation-7-image = Una hoja con un sello.
france-travail-actualisation-7-tip =
    Después de confirmar, ya no puede corregir por internet.
    Para corregir un error, llame al 3949 antes del día 15 del mes.

france-travail-actualisation-8-title = ¡Muy bien!
france-travail-actualisation-8-text =
    Su actualización del mes está hecha.
    Vuelva a hacerla el mes que viene, a partir del día 28.
    Recuerde: conectarse, actualizar, contestar, confirmar.
    Sin internet, hay otras formas, por teléfono o en persona.
france-travail-actualisation-8-image = Una mano con el pulgar hacia arriba.
france-travail-actualisation-8-tip = Si ha olvidado su actualización, llame rápido a France Travail al 3949.
france-travail-actualisation-8-caution = Guarde su contraseña para usted, también por teléfono.

france-travail-actualisation-road-phone =
    Por teléfono, llame a France Travail al 3949.
    Puede hacer su actualización o corregir un error.
france-travail-actualisation-road-in-person =
    En persona, vaya a una agencia de France Travail o a un espacio France Services.
    Una persona puede ayudarle.
