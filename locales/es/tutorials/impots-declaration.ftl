# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/impots-declaration.ftl). Draft: to be reviewed by a native speaker.

impots-declaration-title = Declarar sus ingresos en impots.gouv.fr

impots-declaration-1-title = Abrir el sitio de los impuestos
impots-declaration-1-text =
    Cada primavera, usted declara sus ingresos del año anterior.
    Sus ingresos son el dinero recibido: un salario, una jubilación, el subsidio de desempleo.
    Abra el sitio impots.gouv.fr.
    Arriba a la derecha, toque el botón «Connexion à l'espace Finances publiques» (conectarse).
impots-declaration-1-image =
    La primera página del sitio de los impuestos.
    Arriba a la derecha, el botón para conectarse está rodeado con un círculo.
impots-declaration-1-tip = Las fechas de la declaración se publican cada año en impots.gouv.fr.
impots-declaration-1-caution = Un sitio que le pide dinero para declarar es una estafa.

impots-declaration-2-title = Por internet o en papel
impots-declaration-2-text =
    Normalmente, los ingresos se declaran por internet.
    ¿No tiene internet en su casa?
    ¿O internet es demasiado difícil para usted, por la edad o por una discapacidad?
    Entonces puede declarar en papel, sin multa.
    Pida el formulario en papel en su centro de impuestos.
impots-declaration-2-image = Una hoja con un lápiz.
impots-declaration-2-tip = En papel, la fecha límite llega unos días antes.

impots-declaration-3-title = La declaración automática
impots-declaration-3-text =
    Muchos hogares tienen una declaración automática («déclaration automatique»).
    El servicio de impuestos le avisa por correo electrónico o por carta.
    Compruebe bien todas las cantidades ya escritas.
    ¿Todo está bien y completo?
    Entonces su declaración está hecha, sin firmar nada.
    Si no, corríjala y fírmela, como en los pasos siguientes.
impots-declaration-3-image = Una hoja con una marca de visto bueno.

impots-declaration-4-title = Preparar sus números
impots-declaration-4-text =
    La primera vez, hacen falta tres números para crear su espacio.
    Su número fiscal («numéro fiscal»), que tiene 13 cifras.
    Su número de acceso en línea («numéro d'accès en ligne»), que cambia cada año.
    Su renta fiscal de referencia («revenu fiscal de référence»).
    Están en su última declaración y en su último aviso de impuestos.
impots-declaration-4-image = Una hoja de papel con líneas escritas.
impots-declaration-4-tip = El «avis d'impôt» (aviso de impuestos) es una carta anual del servicio de impuestos.

impots-declaration-5-title = Conectarse
impots-declaration-5-text =
    La primera vez, después de estos números, usted elige una contraseña.
    Escriba su número fiscal y su contraseña.
    Después, puede recibir por correo electrónico un código secreto de 6 cifras.
    Abra su correo y copie este código.
impots-declaration-5-image = Una flecha entra por una puerta.
impots-declaration-5-tip = Para cambiar la contraseña, el sitio pide el número de su teléfono.

impots-declaration-5b-title = O conectarse con FranceConnect
impots-declaration-5b-text =
    También puede usar el botón FranceConnect.
    Con FranceConnect, usted entra con otra cuenta, por ejemplo ameli.
    Practique aquí con una cuenta falsa.
impots-declaration-5b-image =
    La página de conexión de un sitio público.
    El botón FranceConnect está rodeado con un círculo.

impots-declaration-6-title = Abrir su declaración
impots-declaration-6-text =
    Ya está en su espacio.
    Busque el botón para declarar sus ingresos.
    Toque este botón.
    Se abre su declaración.
    Primero, compruebe su dirección y su situación familiar.
impots-declaration-6-image = Una hoja con un lápiz.
impots-declaration-6-tip = La declaración por internet está abierta en primavera, normalmente de abril a junio.

impots-declaration-7-title = Comprobar las cantidades
impots-declaration-7-text =
    La mayoría de las cantidades ya están escritas.
    Por ejemplo, su salario o su jubilación.
    Compárelas con sus recibos de salario o sus papeles de la jubilación.
    Si una cantidad está mal, toque la casilla y corríjala.
    Si falta un ingreso, añádalo.
impots-declaration-7-image = Una lista con casillas marcadas.
impots-declaration-7-caution = Una cantidad equivocada puede cambiar su impuesto y algunas ayudas.

impots-declaration-8-title = Firmar su declaración
impots-declaration-8-text =
    Al final, vuelva a leer el resumen de su declaración.
    Toque el botón para firmar y enviar su declaración.
    Aparece un acuse de recibo.
    Es la prueba de que su declaración ha llegado bien.
    También lo recibe por correo electrónico.
impots-declaration-8-image = Una firma sobre una línea.
impots-declaration-8-tip = Más tarde, todavía podrá corregir su declaración por internet.

impots-declaration-9-title = Ya está hecho
impots-declaration-9-text =
    Muy bien, su declaración está enviada.
    Ha comprobado las cantidades y después ha firmado.
    Guarde bien su acuse de recibo.
    En verano, su aviso de impuestos llegará a su espacio.
    Sin internet, hay otras formas, por teléfono o en persona.
impots-declaration-9-image = Una mano con el pulgar hacia arriba.

impots-declaration-road-phone =
    Por teléfono, llame al servicio de impuestos al 0 809 401 401.
    Está abierto de lunes a viernes, de las 8:30 a las 19:00.
    La llamada cuesta lo mismo que una llamada normal.
impots-declaration-road-in-person =
    En persona, vaya a su centro de impuestos o a un espacio France Services.
    Allí puede pedir una declaración en papel.
