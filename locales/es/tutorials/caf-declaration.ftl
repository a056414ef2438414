# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/caf-declaration.ftl). Draft: to be reviewed by a native speaker.

caf-declaration-title = Caf: declarar sus ingresos cada 3 meses

caf-declaration-1-title = Una declaración cada 3 meses
caf-declaration-1-text =
    ¿Recibe el RSA (ingreso mínimo) o la «prime d'activité» (ayuda para quien trabaja)?
    Entonces, cada 3 meses, usted declara sus ingresos a la Caf (ayudas familiares).
    Los ingresos son el dinero que usted recibe.
    Por ejemplo, un salario, el subsidio de desempleo, una pensión.
caf-declaration-1-image = Un calendario.
caf-declaration-1-tip =
    Haga la declaración en cuanto la Caf se la pida.
    Sin declaración, sus pagos pueden pararse.

caf-declaration-2-title = Conectarse a «Mon Compte» (mi cuenta)
caf-declaration-2-text =
    En el sitio caf.fr, toque «Mon Compte» (mi cuenta).
    Elija conectarse con sus identificadores de la Caf.
    Escriba su número de la seguridad social y su contraseña.
    El número son las 13 primeras cifras de su carte Vitale (tarjeta sanitaria).
    Toque el botón para conectarse.
caf-declaration-2-image =
    Una página del sitio de la Caf.
    El botón «Mon Compte» está rodeado con un círculo.
caf-declaration-2-caution = El sitio verdadero de la Caf es caf.fr.

caf-declaration-3-title = Abrir su correo
caf-declaration-3-text =
    Entonces la Caf envía un código secreto de 6 cifras por correo electrónico.
    Deje abierta la página de la Caf.
    Abra su correo en una página nueva, al lado.
    Abra el mensaje de la Caf y apunte el código.
caf-declaration-3-image = Una bandeja para guardar el correo recibido.
caf-declaration-3-tip = Si la página de la Caf se cierra, vuelva a conectarse desde el principio.
caf-declaration-3-caution = El código funciona solo durante 15 minutos.

caf-declaration-3b-title = Escribir el código
caf-declaration-3b-text =
    Vuelva a la página de la Caf.
    Escriba el código y luego confirme.
caf-declaration-3b-image = Una llave.
caf-declaration-3b-tip =
    En el teléfono, la aplicación «Caf - Mon Compte» puede reconocerle.
    Usa la huella de su dedo o su cara, sin código.
caf-declaration-3b-caution = Guarde este código para usted.

caf-declaration-4-title = Encontrar la declaración trimestral
caf-declaration-4-text =
    En su cuenta, busque la declaración trimestral de ingresos («déclaration trimestrielle»).
    Trimestral quiere decir cada 3 meses.
    Toque la declaración para empezarla.
caf-declaration-4-image = Una hoja y una lupa.
caf-declaration-4-tip =
    ¿Depende usted de la MSA, la «Mutualité sociale agricole» (seguridad social agrícola)?
    Entonces haga esta declaración con la MSA.

caf-declaration-5-title = Comprobar las cantidades de cada mes
caf-declaration-5-text =
    La declaración muestra 3 meses, uno después de otro.
    Muestra el dinero recibido por cada persona del hogar.
    El hogar es usted y las personas que viven con usted.
    Los salarios y las ayudas ya están escritos.
    Compárelos con la línea «montant net social» (importe neto social) de sus recibos de salario.
    Si una cantidad está mal, corríjala y envíe una prueba.
caf-declaration-5-image = Una hoja con cantidades de dinero.

caf-declaration-6-title = Añadir el dinero que falta
caf-declaration-6-text =
    Algunas cantidades faltan en la declaración, por ejemplo una pensión alimenticia.
    Es el dinero que paga una expareja, a menudo para los hijos.
    También falta el dinero de un trabajo sin jefe, por su cuenta.
    Escriba estas cantidades en el mes correcto, para cada persona.
caf-declaration-6-image = Un lápiz.
caf-declaration-6-tip =
    Declare también las cantidades pequeñas.
    Así no tendrá que devolver dinero más tarde.

caf-declaration-7-title = Confirmar y guardar la prueba
caf-declaration-7-text =
    Vuelva a leer las cantidades de cada mes.
    Toque el botón para confirmar su declaración.
    Una pantalla le confirma que la Caf la ha recibido.
    Guarde esta prueba.
    Descárguela o saque una foto de la pantalla.
caf-declaration-7-image = Una hoja con un sello.

caf-declaration-8-title = ¡Muy bien!
caf-declaration-8-text =
    Su declaración de estos 3 meses está hecha.
    La hará otra vez dentro de 3 meses, cuando la Caf se lo pida.
    Recuerde: conectarse, el código del correo, comprobar, confirmar.
    Ahora ya sabe hacer su declaración trimestral.
    Sin internet, hay otras formas, por teléfono o en persona.
caf-declaration-8-image = Una mano con el pulgar hacia arriba.
caf-declaration-8-caution = Guarde su contraseña y sus códigos para usted, también por teléfono.

caf-declaration-road-phone =
    Por teléfono, llame a la Caf al 3230.
    La llamada cuesta lo mismo que una llamada normal.
    Tenga a mano su número de beneficiario («numéro d'allocataire»).
caf-declaration-road-in-person =
    En persona, vaya a la oficina de su Caf, a menudo con cita.
    Un espacio France Services también puede ayudarle, gratis.
